package io.offerkit.ui.description;

import io.offerkit.text.RenderedDescription;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the marketplace conversion removed or rewrote, one line each ("<a> removed: links are not allowed..."). */
final class SanitizerReport extends VBox {
    private final VBox lines = new VBox(3);

    SanitizerReport() {
        super(6);
        getStyleClass().add("sanitizer-report");
        Label title = new Label("Changed for the marketplace");
        title.getStyleClass().add("subheading");
        lines.setId("sanitizerReport");
        getChildren().addAll(title, lines);
    }

    void show(RenderedDescription rendered) {
        lines.getChildren().clear();
        if (rendered.report().isEmpty()) {
            Label none = new Label("Nothing: the description uses only allowed tags.");
            none.setWrapText(true);
            none.getStyleClass().add("note");
            lines.getChildren().add(none);
        }
        for (String line : rendered.report()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().addAll("note", "note-warning");
            lines.getChildren().add(label);
        }
    }
}
