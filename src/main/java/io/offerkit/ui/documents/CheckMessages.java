package io.offerkit.ui.documents;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The checklist's messages for one field, shown right under it, so the fix and the reason sit together. */
final class CheckMessages extends VBox {
    private final DocumentsViewModel model;
    private final String field;
    // Held here and registered weakly: cards are rebuilt when the profile changes, the model lives on.
    private final MapChangeListener<String, List<CheckResult>> listener;
    private final InvalidationListener factsListener = obs -> refresh();

    CheckMessages(DocumentsViewModel model, String field) {
        super(2);
        this.model = model;
        this.field = field;
        setId("checks-" + field.replace(':', '-'));
        getStyleClass().add("field-checks");
        listener = change -> {
            if (field.equals(change.getKey())) {
                refresh();
            }
        };
        model.checks().addListener(new WeakMapChangeListener<>(listener));
        // What a file's inspection found decides which messages the card already shows (see problems()).
        model.facts().addListener(new WeakInvalidationListener(factsListener));
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        for (CheckResult result : model.problems(field)) {
            Label message = Messages.userData(new Label(result.message()));
            message.setWrapText(true);
            message.getStyleClass().addAll("note", result.state() == CheckState.FAIL ? "note-problem" : "note-warning");
            getChildren().add(message);
        }
        setVisible(!getChildren().isEmpty());
        setManaged(!getChildren().isEmpty());
    }
}
