package io.offerkit.text;

/** A run of source text [start, end) and the style it is shown in (a CSS class name in the editor). */
public record StyledRange(int start, int end, String style) {
    public StyledRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + ".." + end);
        }
    }
}
