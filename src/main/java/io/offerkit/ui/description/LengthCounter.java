package io.offerkit.ui.description;

import io.offerkit.ui.fx.Messages;

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
        return max == null ? String.valueOf(length) : Messages.format("description.counter.compact", length, max);
    }

    @Override
    public String text() {
        return max == null ? Messages.format("description.counter.length", length) : Messages.format("description.counter.lengthOf", length, max);
    }
}
