package io.offerkit.text.lint;

import java.util.List;
import java.util.regex.Pattern;

/** The summary is shown as plain text in search results: markup would appear literally. */
public final class SummaryPlainTextLint implements Lint {
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|&[a-zA-Z]+;|&#\\d+;");
    private static final Pattern MARKDOWN = Pattern.compile("\\*\\*[^*]+\\*\\*|__[^_]+__|\\[[^]]+]\\([^)]+\\)|^#{1,6}\\s|`[^`]+`");

    @Override
    public String id() {
        return "summary-plain-text";
    }

    @Override
    public String title() {
        return "Summary is plain text";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "CPP storefront details tab, 2019-04-24 (summary: plain text)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        String summary = input.project().summary();
        if (HTML.matcher(summary).find()) {
            return List.of(new Problem("summary", "The summary contains HTML; it is shown as plain text, so write it without tags."));
        }
        if (MARKDOWN.matcher(summary).find()) {
            return List.of(new Problem("summary", "The summary contains Markdown formatting; it is shown as plain text."));
        }
        return List.of();
    }
}
