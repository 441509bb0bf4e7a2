package io.offerkit.ui.description;

/** "N / max characters" for a field, and whether N is near or over the limit. */
public record LengthCounter(int length, Integer max) implements FieldCounter {
    @Override
    public boolean over() {
        return max != null && length > max;
    }

    @Override
    public boolean near() {
        return max != null && !over() && length >= Math.ceil(max * NEAR);
    }

    @Override
    public String compactText() {
        return max == null ? String.valueOf(length) : length + " / " + max;
    }

    @Override
    public String text() {
        return max == null ? length + " characters" : length + " / " + max + " characters";
    }
}
