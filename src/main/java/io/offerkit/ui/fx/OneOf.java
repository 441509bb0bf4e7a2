package io.offerkit.ui.fx;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.scene.control.ToggleGroup;

/**
 * A row of toggles (a segmented "pick one", each toggle's user data its value) kept in step with a property both
 * ways; one toggle is always chosen, so clicking the chosen one again leaves it chosen.
 */
public final class OneOf {
    private OneOf() {
    }

    @SuppressWarnings("unchecked")
    public static <T> void bind(ToggleGroup group, Property<T> value) {
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(), value.getValue())));
        value.addListener((obs, old, now) -> select.run());
        select.run();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                select.run();
            } else {
                value.setValue((T) now.getUserData());
            }
        });
    }
}
