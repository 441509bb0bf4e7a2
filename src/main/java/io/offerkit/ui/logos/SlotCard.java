package io.offerkit.ui.logos;

import io.offerkit.imaging.RenderedSlot;
import io.offerkit.profile.ImageSlot;
import io.offerkit.ui.FxImages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One profile slot as a card: name, size, the pixels at 1:1 or 3x nearest-neighbour, warnings and problems. */
final class SlotCard extends VBox {
    private final ImageSlot slot;
    private final ImageView imageView = new ImageView();
    private final StackPane canvas = new StackPane(imageView);
    private final VBox notes = new VBox(4);
    private final Label state = new Label();

    /** The tallest slot of the profile: every canvas gets its height, so cards in a row line up. */
    private final int rowHeight;

    SlotCard(ImageSlot slot, int rowHeight) {
        this.rowHeight = rowHeight;
        this.slot = slot;
        getStyleClass().add("logo-card");
        setId("slot-" + slot.id());
        setFocusTraversable(true);
        setSpacing(10);
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        imageView.getStyleClass().add("logo-image");
        canvas.getStyleClass().add("logo-canvas");
        canvas.setBackground(Checkerboard.background());
        canvas.setMaxWidth(Region.USE_PREF_SIZE);
        canvas.setMaxHeight(Region.USE_PREF_SIZE);
        canvas.setPadding(new javafx.geometry.Insets(12));
        StackPane stage = new StackPane(canvas);
        stage.setAlignment(Pos.CENTER_LEFT);
        stage.getStyleClass().add("logo-stage");
        Label title = new Label(slot.label());
        title.getStyleClass().add("card-title");
        Label size = new Label(slot.sizeText() + " px, " + slot.format().toUpperCase(java.util.Locale.ROOT));
        size.getStyleClass().add("card-subtitle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, new VBox(2, title, size), spacer, state);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, stage, notes);
        zoom(1);
    }

    ImageSlot slot() {
        return slot;
    }

    ImageView imageView() {
        return imageView;
    }

    void show(RenderedSlot rendered, String problem, int zoom) {
        notes.getChildren().clear();
        state.getStyleClass().setAll("badge");
        if (rendered == null) {
            imageView.setImage(null);
            imageView.setFitWidth(slot.width() * zoom);
            imageView.setFitHeight(slot.height() * zoom);
            zoom(zoom);
            state.setText("missing");
            state.getStyleClass().add("badge-fail");
            addNote(problem == null ? "Not rendered yet." : problem, "note-problem");
            return;
        }
        imageView.setImage(FxImages.toFx(rendered.image()));
        imageView.setFitWidth(rendered.image().getWidth() * zoom);
        imageView.setFitHeight(rendered.image().getHeight() * zoom);
        zoom(zoom);
        List<String> warnings = rendered.warnings();
        state.setText(rendered.image().getWidth() + "×" + rendered.image().getHeight());
        state.getStyleClass().add(warnings.isEmpty() ? "badge-pass" : "badge-warn");
        warnings.forEach(w -> addNote(w, "note-warning"));
    }

    void zoom(int zoom) {
        ((Region) canvas.getParent()).setMinHeight(rowHeight * zoom + 26);
        if (imageView.getImage() != null) {
            imageView.setFitWidth(imageView.getImage().getWidth() * zoom);
            imageView.setFitHeight(imageView.getImage().getHeight() * zoom);
        } else {
            imageView.setFitWidth(slot.width() * zoom);
            imageView.setFitHeight(slot.height() * zoom);
        }
    }

    private void addNote(String text, String style) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.getStyleClass().addAll("note", style);
        notes.getChildren().add(note);
    }
}
