package io.offerkit.ui.documents;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.TextCounter;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Paste text…": a text area with a live character counter against the profile's limit. */
final class PasteTextDialog extends Dialog<String> {
    private final TextArea area = new TextArea();
    private final Label counter = new Label();

    PasteTextDialog(Window owner, DocumentSpec spec, String initial) {
        initOwner(owner);
        setTitle(spec.label());
        setHeaderText(spec.maxTextLength() != null
                ? Messages.format("documents.paste.headerLimit", spec.label(), TextCounter.limitText(spec.maxTextLength()))
                : Messages.format("documents.paste.header", spec.label()));
        area.setId("pasteTextArea");
        area.setAccessibleText(Messages.format("documents.paste.spoken", spec.label()));
        area.setWrapText(true);
        area.setPrefSize(560, 320);
        area.setText(initial);
        counter.setId("pasteTextCounter");
        area.textProperty().addListener((obs, old, now) -> count(spec, now));
        count(spec, initial);
        ButtonType use = new ButtonType(Messages.text("documents.paste.use"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        getDialogPane().setContent(new VBox(8, area, counter));
        setResultConverter(button -> button == use ? area.getText() : null);
        setOnShown(e -> area.requestFocus());
    }

    private void count(DocumentSpec spec, String text) {
        TextCounter value = TextCounter.of(text, spec.maxTextLength());
        counter.setText(value.overLimit() ? Messages.format("documents.paste.over", value.text()) : value.text());
        counter.getStyleClass().setAll("note", value.overLimit() ? "note-problem" : "note");
    }

    static Optional<String> ask(Window owner, DocumentSpec spec, String initial) {
        return new PasteTextDialog(owner, spec, initial).showAndWait();
    }
}
