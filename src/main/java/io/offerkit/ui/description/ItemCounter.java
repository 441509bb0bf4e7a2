package io.offerkit.ui.description;

import io.offerkit.ui.fx.Messages;

/** "N of max" for a list field (search keywords, products): near at the limit itself, over past it. */
public record ItemCounter(int count, Integer max) implements FieldCounter {
    @Override
    public boolean over() {
        return max != null && count > max;
    }

    @Override
    public boolean near() {
        return max != null && count == max;
    }

    @Override
    public String text() {
        return max == null ? String.valueOf(count) : Messages.format("description.counter.items", count, max);
    }
}
