package io.offerkit.ui.description;

/** "N / max characters" for a field, and whether N is over the limit. */
public record LengthCounter(int length, Integer max) {
    public boolean over() {
        return max != null && length > max;
    }

    public String text() {
        return max == null ? length + " characters" : length + " / " + max + " characters";
    }
}
