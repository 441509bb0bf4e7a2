package io.offerkit.ui.media;

import io.offerkit.profile.MediaKind;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One list of the section in listing order, left to right: each entry's thumbnail with its number and caption (a
 * video's name). The selection is the section's; Alt+Left / Alt+Right move the selected entry, Delete removes it, and
 * a drag from one entry onto another moves it there. The drag is a press-drag-release inside the list (not the
 * platform's drag and drop), so a file dropped on the section still means "add these".
 */
final class Filmstrip extends ListView<MediaRef> {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    static final double THUMB_WIDTH = 160;
    static final double THUMB_HEIGHT = 90;

    private final MediaViewModel model;
    private final MediaKind kind;
    private boolean showing;

    Filmstrip(MediaViewModel model, MediaKind kind) {
        this.model = model;
        this.kind = kind;
        String name = kind == MediaKind.VIDEO ? "videos" : "screenshots";
        setId("filmstrip-" + name);
        getStyleClass().add("media-filmstrip");
        setOrientation(Orientation.HORIZONTAL);
        setPrefHeight(THUMB_HEIGHT + 76);
        setMinHeight(THUMB_HEIGHT + 76);
        setAccessibleText(Messages.text(kind == MediaKind.VIDEO ? "media.videolist" : "media.filmstrip"));
        setTooltip(new Tooltip(Messages.text(kind == MediaKind.VIDEO ? "media.videolist.tooltip" : "media.filmstrip.tooltip")));
        setCellFactory(list -> new Cell());
        model.projectProperty().addListener((obs, old, now) -> refresh(true));
        model.thumbnailsProperty().addListener((obs, old, now) -> refresh(false));
        model.selectedProperty().addListener((obs, old, now) -> showSelection());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        refresh(true);
    }

    private void keyPressed(KeyEvent e) {
        MediaRef ref = model.selectedProperty().get();
        if (ref == null || ref.kind() != kind) {
            return;
        }
        if (e.isAltDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            model.moveSelected(e.getCode() == KeyCode.LEFT ? -1 : +1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.removeSelected();
            e.consume();
        }
    }

    /** {@code entries}: the list itself changed (not just a thumbnail arrived). */
    private void refresh(boolean entries) {
        showing = true;
        try {
            if (entries) {
                getItems().setAll(model.refs(kind));
            } else {
                refresh();
            }
        } finally {
            showing = false;
        }
        showSelection();
    }

    private void showSelection() {
        showing = true;
        try {
            MediaRef ref = model.selectedProperty().get();
            if (ref != null && ref.kind() == kind && ref.index() < getItems().size()) {
                getSelectionModel().select(ref.index());
                scrollTo(ref.index());
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            showing = false;
        }
    }

    /** One entry: thumbnail, "1" badge, caption; a drag source and a drop target for reordering. */
    private final class Cell extends ListCell<MediaRef> {
        private final ImageView thumbnail = new ImageView();
        private final Label number = new Label();
        private final Label caption = new Label();
        private final VBox box;

        Cell() {
            thumbnail.setFitWidth(THUMB_WIDTH);
            thumbnail.setFitHeight(THUMB_HEIGHT);
            thumbnail.setPreserveRatio(true);
            thumbnail.setSmooth(true);
            number.getStyleClass().add("media-number");
            StackPane picture = new StackPane(thumbnail, number);
            picture.getStyleClass().add("media-thumb");
            picture.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
            picture.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
            StackPane.setAlignment(number, Pos.TOP_LEFT);
            caption.getStyleClass().add("media-caption");
            Messages.userData(caption); // the user's caption
            caption.setMaxWidth(THUMB_WIDTH);
            box = new VBox(4, picture, caption);
            getStyleClass().add("media-cell");
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    startFullDrag();
                }
            });
            addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
                if (getItem() != null && e.getGestureSource() instanceof Cell source && source.getItem() != null
                        && source.getListView() == getListView()) {
                    model.move(source.getItem(), getItem().index());
                    e.consume();
                }
            });
            addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> pseudoClassStateChanged(DROP_TARGET, true));
            addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> pseudoClassStateChanged(DROP_TARGET, false));
            addEventHandler(MouseEvent.MOUSE_RELEASED, e -> pseudoClassStateChanged(DROP_TARGET, false));
        }

        @Override
        protected void updateItem(MediaRef ref, boolean empty) {
            super.updateItem(ref, empty);
            pseudoClassStateChanged(DROP_TARGET, false);
            if (empty || ref == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                setAccessibleText(null);
                return;
            }
            setId("media-" + ref.kind().name().toLowerCase(Locale.ROOT) + "-" + ref.number());
            BufferedImage image = model.thumbnailOf(ref);
            thumbnail.setImage(image == null ? null : FxImages.toFx(image));
            number.setText(String.valueOf(ref.number()));
            String text = model.captionOf(ref).strip();
            String shown = text.isEmpty() ? Messages.text(ref.isVideo() ? "media.entry.noName" : "media.entry.noCaption") : text;
            caption.setText(shown);
            caption.setTooltip(text.isEmpty() ? null : new Tooltip(text)); // the filmstrip cuts a long caption
            caption.pseudoClassStateChanged(MISSING, text.isEmpty());
            setAccessibleText(Messages.format("media.entry.spoken", Messages.format(ref.isVideo() ? "media.entry.video"
                    : "media.entry.screenshot", ref.number()), shown));
            setGraphic(box);
            setText(null);
        }
    }
}
