package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What a slot's logo is drawn on: transparency, or an opaque sRGB colour written #RRGGBB. It is read once, where a
 * value comes in: strictly by {@link #parse} (the command line), leniently by {@link #read} (a project file, the
 * colour controls), which keeps a hand-edited value that is neither as written, so the file loses nothing and the
 * slot, made on transparency, says why. The text is kept as it was written ("#0e9f8e", "Transparent"), so a project
 * saved again holds the very bytes it held; equal values are equal texts, as the plain strings were before.
 */
public final class SlotBackground {
    /** What a background can be, for messages: "transparent or a colour as #RRGGBB". */
    public static final String RULE = "transparent or a colour as #RRGGBB";
    private static final String TRANSPARENT_WORD = "transparent";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final SlotBackground TRANSPARENT = new SlotBackground(TRANSPARENT_WORD, null, true);

    private final String text;
    /** The colour as 0xRRGGBB; null for transparency and for an unreadable value. */
    private final Integer rgb;
    private final boolean readable;

    private SlotBackground(String text, Integer rgb, boolean readable) {
        this.text = text;
        this.rgb = rgb;
        this.readable = readable;
    }

    /**
     * The background {@code text} names, exactly as the command line takes it: "transparent" in any case, or
     * #RRGGBB.
     *
     * @param name what the value is called in the message ("--background")
     * @throws IllegalArgumentException saying what is wrong, e.g. "--background must be transparent or a colour as
     *                                  #RRGGBB, not 'red'."
     */
    public static SlotBackground parse(String text, String name) {
        SlotBackground value = text == null ? null : read(text);
        if (value == null || !value.readable || !text.equals(text.trim())) {
            throw new IllegalArgumentException(name + " must be " + RULE + ", not '" + text + "'.");
        }
        return value;
    }

    /**
     * The background a project file (or the colour controls) holds: the case of "transparent" and spaces around a
     * colour are forgiven, as the renderer always forgave them; anything else is kept as an unreadable value.
     */
    @JsonCreator
    public static SlotBackground read(String text) {
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase(TRANSPARENT_WORD)) {
            return text.equals(TRANSPARENT_WORD) ? TRANSPARENT : new SlotBackground(text, null, true);
        }
        String trimmed = text.trim();
        if (COLOUR.matcher(trimmed).matches()) {
            return new SlotBackground(text, Integer.parseInt(trimmed.substring(1), 16), true);
        }
        return new SlotBackground(text, null, false);
    }

    /** An opaque colour, written #RRGGBB in capitals (as the colour controls write it). */
    public static SlotBackground colour(int rgb) {
        return new SlotBackground(String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF), rgb & 0xFFFFFF, true);
    }

    /** Whether the value says "transparent" (an unreadable value does not: it is shown as written). */
    public boolean isTransparent() {
        return readable && rgb == null;
    }

    /** The opaque colour as 0xRRGGBB; empty for transparency and for an unreadable value. */
    public OptionalInt rgb() {
        return rgb == null ? OptionalInt.empty() : OptionalInt.of(rgb);
    }

    /** Whether the value is transparency or a colour; false for a hand-edited value that is neither. */
    public boolean isReadable() {
        return readable;
    }

    /** The text as written, which a project file holds. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotBackground other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
