package io.offerkit.ui.documents;

import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The side panel beside the documents: the first page of a PDF or the text of another document. */
final class PreviewPanel extends VBox {
    private static final double WIDTH = 340;
    /** What the panel may narrow to when the documents beside it need the room (a longer translation). */
    private static final double MIN_WIDTH = 240;

    PreviewPanel(DocumentsViewModel model) {
        super(10);
        setId("documentPreview");
        getStyleClass().addAll("form-card", "document-preview");
        setPrefWidth(WIDTH);
        setMinWidth(MIN_WIDTH);
        setMaxWidth(WIDTH);
        model.previewProperty().addListener((obs, old, now) -> show(model, now));
        show(model, model.previewProperty().get());
    }

    private void show(DocumentsViewModel model, PreviewContent content) {
        setVisible(content != null);
        setManaged(content != null);
        if (content == null) {
            getChildren().clear();
            return;
        }
        Label title = Messages.userData(new Label(content.title()));
        title.setTooltip(new Tooltip(content.title())); // a long file name gives way to Close
        title.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button(Messages.text("documents.preview.close"));
        close.getStyleClass().add("flat");
        close.setMinWidth(Button.USE_PREF_SIZE);
        close.setOnAction(e -> model.closePreview());
        HBox header = new HBox(8, title, spacer, close);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(header, body(content));
    }

    private static Node body(PreviewContent content) {
        if (content.error() != null) {
            Label error = Messages.userData(new Label(content.error()));
            error.setWrapText(true);
            error.getStyleClass().addAll("note", "note-problem");
            return error;
        }
        if (content.page() != null) {
            ImageView page = new ImageView(FxImages.toFx(content.page()));
            page.setId("previewPage");
            page.setAccessibleText(Messages.format("documents.preview.page.spoken", content.title()));
            page.setPreserveRatio(true);
            page.setFitWidth(WIDTH - 32);
            page.getStyleClass().add("preview-page");
            Label caption = new Label(Messages.format("documents.preview.page", content.page().getWidth(), content.page().getHeight()));
            caption.getStyleClass().add("note");
            return new VBox(6, new ScrollPane(page), caption);
        }
        TextArea text = new TextArea(content.text());
        text.setId("previewText");
        text.setAccessibleText(Messages.format("documents.preview.text.spoken", content.title()));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(24);
        VBox.setVgrow(text, Priority.ALWAYS);
        return text;
    }
}
