package io.offerkit.ui.description;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A live "n / max" or "n of max" label, amber near the limit and red past it. */
final class CounterLabel extends Label {
    private final boolean compact;

    CounterLabel(String id, ObservableValue<? extends FieldCounter> counter, boolean compact) {
        this.compact = compact;
        setId(id);
        setMinWidth(USE_PREF_SIZE); // the count is never cut; the field's label gives way first
        getStyleClass().add("counter");
        counter.addListener((obs, old, now) -> show(now));
        show(counter.getValue());
    }

    private void show(FieldCounter value) {
        setText(value == null ? "" : compact ? value.compactText() : value.text());
        getStyleClass().removeAll("counter-near", "counter-over");
        if (value != null && value.over()) {
            getStyleClass().add("counter-over");
        } else if (value != null && value.near()) {
            getStyleClass().add("counter-near");
        }
    }
}
