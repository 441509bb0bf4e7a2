package io.offerkit.ui.checklist;

import io.offerkit.check.CheckResult;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.project.Attestation;
import io.offerkit.ui.fx.Messages;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One checklist item. Rows are built once per profile and updated in place, so a note being typed keeps its focus
 * while the checklist re-evaluates around it.
 */
final class ChecklistRow extends VBox {
    private final ChecklistItem item;
    private final StateBadge badge = new StateBadge();
    private final Label message = new Label();
    private final Tooltip tooltip = new Tooltip();
    private CheckBox confirmed;
    private TextField note;
    private HBox attestationBox;

    ChecklistRow(ChecklistItem item, ChecklistViewModel model, Consumer<ChecklistItem> navigate) {
        this.item = item;
        getStyleClass().add("check-row");
        setId("check-" + item.id());
        Label title = Messages.userData(new Label(item.title()));
        title.getStyleClass().add("check-title");
        title.setWrapText(true);
        message.getStyleClass().add("check-message");
        Messages.userData(message); // the check's result, in the core's words
        message.setWrapText(true);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        Tooltip.install(this, tooltip);
        VBox text = new VBox(2, title, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(10, badge, text);
        line.setAlignment(Pos.TOP_LEFT);
        getChildren().add(line);
        if (item.kind() == CheckKind.ATTESTED) {
            attestationBox = attestation(model);
            getChildren().add(attestationBox);
        }
        setOnMouseClicked(e -> {
            // Clicks on the confirm box or the note edit them; anywhere else on the row goes to the item's field.
            if (e.getButton() == MouseButton.PRIMARY && !inAttestation(e.getTarget())) {
                navigate.accept(item);
            }
        });
    }

    private HBox attestation(ChecklistViewModel model) {
        confirmed = new CheckBox(Messages.text("checklist.confirmed"));
        confirmed.setId("confirm-" + item.id());
        confirmed.setMinWidth(CheckBox.USE_PREF_SIZE); // the note field gives way
        note = new TextField();
        note.setId("note-" + item.id());
        note.setPromptText(Messages.text("checklist.note.prompt"));
        confirmed.setAccessibleText(Messages.format("checklist.confirmed.spoken", item.title()));
        note.setAccessibleText(Messages.format("checklist.note.spoken", item.title()));
        note.setTooltip(new Tooltip(Messages.text("checklist.note.tooltip")));
        HBox.setHgrow(note, Priority.ALWAYS);
        Runnable commit = () -> model.attest(item.id(), confirmed.isSelected(), note.getText());
        confirmed.setOnAction(e -> commit.run());
        note.setOnAction(e -> commit.run());
        note.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        HBox box = new HBox(8, confirmed, note);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("attestation");
        return box;
    }

    private boolean inAttestation(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == attestationBox) {
                return true;
            }
        }
        return false;
    }

    ChecklistItem item() {
        return item;
    }

    CheckBox confirmBox() {
        return confirmed;
    }

    void show(CheckResult result, Attestation attestation) {
        badge.show(result.state());
        message.setText(result.message());
        setAccessibleText(Messages.format("checklist.row.spoken", item.title(), StateBadge.spoken(result.state()), result.message()));
        tooltip.setText(item.source() == null ? item.ruleText() : Messages.format("checklist.row.tooltip", item.ruleText(), item.source()));
        getStyleClass().removeIf(s -> s.startsWith("row-"));
        getStyleClass().add("row-" + result.state().id());
        if (confirmed != null) {
            confirmed.setSelected(attestation != null && attestation.confirmed());
            String noteText = attestation == null || attestation.note() == null ? "" : attestation.note();
            if (!note.isFocused() && !note.getText().equals(noteText)) {
                note.setText(noteText);
            }
        }
    }
}
