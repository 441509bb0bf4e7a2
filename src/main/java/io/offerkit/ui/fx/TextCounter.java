package io.offerkit.ui.fx;

import java.text.NumberFormat;
import java.util.Locale;

/** The live counter under pasted text: "1,234 / 10,000 characters", and whether the text is over the limit. */
public record TextCounter(int length, Integer limit) {

    public static TextCounter of(String text, Integer limit) {
        return new TextCounter(text == null ? 0 : text.length(), limit);
    }

    public boolean overLimit() {
        return limit != null && length > limit;
    }

    public String text() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.US);
        return limit == null ? Messages.format("documents.counter", numbers.format(length))
                : Messages.format("documents.counter.limit", numbers.format(length), numbers.format(limit));
    }

    /** "10,000 characters": a limit in words. */
    public static String limitText(int limit) {
        return Messages.format("documents.counter", NumberFormat.getIntegerInstance(Locale.US).format(limit));
    }
}
