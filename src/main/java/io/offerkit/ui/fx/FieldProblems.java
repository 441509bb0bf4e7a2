package io.offerkit.ui.fx;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The checklist's failures and warnings for one field, shown right under it, so the fix and the reason sit together.
 * It shows what {@code shown} gives, again whenever {@code byField} changes at this field or one of {@code also}
 * changes (what a file's inspection found may decide which messages are said elsewhere).
 */
public final class FieldProblems extends VBox {
    private final Supplier<List<CheckResult>> shown;
    // Held here and registered weakly: sections are rebuilt when the offer type changes, their view-models live on.
    private final MapChangeListener<String, ?> listener;
    private final InvalidationListener alsoListener = obs -> refresh();

    public FieldProblems(ObservableMap<String, ?> byField, String field, Supplier<List<CheckResult>> shown, Observable... also) {
        super(2);
        this.shown = shown;
        setId("checks-" + field.replace(':', '-'));
        getStyleClass().add("field-checks");
        listener = change -> {
            if (field.equals(change.getKey())) {
                refresh();
            }
        };
        listen(byField);
        for (Observable observable : also) {
            observable.addListener(new WeakInvalidationListener(alsoListener));
        }
        refresh();
    }

    @SuppressWarnings("unchecked")
    private <V> void listen(ObservableMap<String, V> map) {
        map.addListener(new WeakMapChangeListener<>((MapChangeListener<String, V>) listener));
    }

    private void refresh() {
        getChildren().clear();
        for (CheckResult result : shown.get()) {
            Label message = Messages.userData(new Label(result.message()));
            message.setWrapText(true);
            message.getStyleClass().addAll("note", result.state() == CheckState.FAIL ? "note-problem" : "note-warning");
            getChildren().add(message);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }
}
