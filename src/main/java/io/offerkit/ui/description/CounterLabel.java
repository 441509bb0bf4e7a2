package io.offerkit.ui.description;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** A live "n / max" or "n of max" label, amber near the limit and red past it. */
final class CounterLabel extends Label {
    CounterLabel(String id, ObservableValue<? extends FieldCounter> counter) {
        setId(id);
        getStyleClass().add("counter");
        counter.addListener((obs, old, now) -> show(now));
        show(counter.getValue());
    }

    private void show(FieldCounter value) {
        setText(value == null ? "" : value.text());
        getStyleClass().removeAll("counter-near", "counter-over");
        if (value != null && value.over()) {
            getStyleClass().add("counter-over");
        } else if (value != null && value.near()) {
            getStyleClass().add("counter-near");
        }
    }
}
