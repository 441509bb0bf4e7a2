package io.offerkit.ui.media;

import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.PixelPreview;
import java.awt.image.BufferedImage;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The selected entry as it will be published, at the output's exact size: "Fit" shows all of it scaled to the
 * column, "1:1" its actual pixels (through {@link PixelPreview}, never smoothed) in a scroll pane, to judge text.
 */
final class ResultPreview extends VBox {
    private final Label title = new Label();
    private final Label empty = new Label(Messages.text("media.result.none"));
    private final ImageView fitted = new ImageView();
    private final StackPane fitBox = new StackPane(fitted);
    private final ScrollPane actualBox = new ScrollPane();
    private final ToggleButton fit = new ToggleButton(Messages.text("media.zoom.fit"));
    private final ToggleButton actual = new ToggleButton(Messages.text("media.zoom.actual"));
    private Image image;
    private PixelPreview pixels;

    ResultPreview() {
        super(8);
        setId("media-result");
        getStyleClass().add("media-result");
        title.setId("media-result-title");
        Messages.userData(title); // the slot's label comes from the profile's media group
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        fit.setId("media-zoom-fit");
        fit.setTooltip(new Tooltip(Messages.text("media.zoom.fit.spoken")));
        fit.setAccessibleText(Messages.text("media.zoom.fit.spoken"));
        actual.setId("media-zoom-1");
        actual.setTooltip(new Tooltip(Messages.text("media.zoom.actual.spoken")));
        actual.setAccessibleText(Messages.text("media.zoom.actual.spoken"));
        fit.setMinWidth(ToggleButton.USE_PREF_SIZE);
        actual.setMinWidth(ToggleButton.USE_PREF_SIZE);
        SegmentedButton zoom = new SegmentedButton(fit, actual);
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        fit.setSelected(true);
        zoom.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one zoom is always chosen
            } else {
                show();
            }
        });
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox head = new HBox(10, title, zoom);
        head.setAlignment(Pos.CENTER_LEFT);
        fitted.setPreserveRatio(true);
        fitted.setSmooth(true);
        fitted.setId("media-result-image");
        fitBox.getStyleClass().add("media-frame");
        fitBox.setMinWidth(0);
        // The scaled picture follows the column's width, never wider than its own pixels.
        fitBox.widthProperty().addListener((obs, old, now) -> sizeFitted());
        actualBox.getStyleClass().add("media-frame");
        actualBox.setPannable(true);
        actualBox.setPrefViewportHeight(420);
        empty.getStyleClass().add("note");
        empty.setWrapText(true);
        getChildren().addAll(head, empty, fitBox, actualBox);
        show();
    }

    /** Shows the newest render; null: nothing to show (with {@code why}, or the "select one" hint). */
    void show(BufferedImage rendered, String heading, String why) {
        title.setText(heading);
        image = rendered == null ? null : FxImages.toFx(rendered);
        empty.setText(why != null ? why : Messages.text("media.result.none"));
        if (image != null && (pixels == null || pixels.getPrefWidth() != image.getWidth()
                || pixels.getPrefHeight() != image.getHeight())) {
            pixels = new PixelPreview((int) image.getWidth(), (int) image.getHeight());
            pixels.setId("media-result-pixels");
            actualBox.setContent(pixels);
        }
        show();
    }

    private void show() {
        boolean has = image != null;
        boolean oneToOne = actual.isSelected();
        fitted.setImage(image);
        if (pixels != null) {
            pixels.setImage(image);
        }
        set(empty, !has);
        set(fitBox, has && !oneToOne);
        set(actualBox, has && oneToOne);
        sizeFitted();
    }

    private void sizeFitted() {
        if (image != null) {
            fitted.setFitWidth(Math.max(1, Math.min(image.getWidth(), fitBox.getWidth() - 2)));
        }
    }

    private static void set(Region node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The image shown, at the output's exact size (null when none). */
    Image image() {
        return image;
    }

    boolean oneToOne() {
        return actual.isSelected();
    }
}
