package io.offerkit.ui.description;

import io.offerkit.text.RenderedDescription;
import io.offerkit.ui.fx.Messages;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the marketplace conversion removed or rewrote, one line each ("<a> removed: links are not allowed..."). */
final class SanitizerReport extends VBox {
    /** About four report lines; more scroll. */
    private static final double MAX_VISIBLE_HEIGHT = 84;

    private final VBox lines = new VBox(3);

    SanitizerReport() {
        super(6);
        getStyleClass().add("sanitizer-report");
        Label title = new Label(Messages.text("description.report"));
        title.getStyleClass().add("subheading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        lines.setId("sanitizerReport");
        // A long report scrolls within its box rather than squeezing the preview above it.
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.prefViewportHeightProperty().bind(Bindings.min(MAX_VISIBLE_HEIGHT, lines.heightProperty()));
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.getStyleClass().add("report-scroll");
        getChildren().addAll(title, scroll);
    }

    void show(RenderedDescription rendered) {
        lines.getChildren().clear();
        if (rendered.report().isEmpty()) {
            Label none = new Label(Messages.text("description.report.none"));
            none.setWrapText(true);
            none.getStyleClass().add("note");
            lines.getChildren().add(none);
        }
        for (String line : rendered.report()) {
            Label label = Messages.userData(new Label(line));
            label.setWrapText(true);
            label.getStyleClass().addAll("note", "note-warning");
            lines.getChildren().add(label);
        }
    }
}
