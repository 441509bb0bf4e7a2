package io.offerkit.ui.listing;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The checklist's failures and warnings for one field, right under it, so the reason sits beside the fix. */
final class FieldProblems extends VBox {
    private final ObservableMap<String, List<CheckResult>> problems;
    private final String field;
    // Held here and registered weakly: the section is rebuilt when the offer type changes, the model lives on.
    private final MapChangeListener<String, List<CheckResult>> listener;

    FieldProblems(ObservableMap<String, List<CheckResult>> problems, String field) {
        super(2);
        this.problems = problems;
        this.field = field;
        setId("checks-" + field.replace(':', '-'));
        getStyleClass().add("field-checks");
        listener = change -> {
            if (field.equals(change.getKey())) {
                refresh();
            }
        };
        problems.addListener(new WeakMapChangeListener<>(listener));
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        for (CheckResult result : problems.getOrDefault(field, List.of())) {
            Label message = Messages.userData(new Label(result.message()));
            message.setWrapText(true);
            message.getStyleClass().addAll("note", result.state() == CheckState.FAIL ? "note-problem" : "note-warning");
            getChildren().add(message);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }
}
