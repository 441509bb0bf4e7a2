package io.offerkit.ui.media;

import io.offerkit.ui.fx.FxImages;
import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * The place of the capture editor (the whole capture with its crop rectangle, focus point and redactions drawn
 * over it): for now the capture's working copy alone, scaled to the column. It takes the editor's
 * {@code show(workingCopy, originalWidth, originalHeight)}, so {@link MediaView#captureEditor} can hand out the
 * editor instead, bound to {@link FramingViewModel}'s framing, redactions and adjusting properties.
 */
final class CapturePane extends StackPane {
    private final ImageView view = new ImageView();

    CapturePane() {
        setId("media-capture");
        getStyleClass().add("media-frame");
        setMinSize(0, 0);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        widthProperty().addListener((obs, old, now) -> size());
    }

    /** Shows the capture (null: none); the original size is what crops and redactions are stated in. */
    void show(Image workingCopy, int originalWidth, int originalHeight) {
        view.setImage(workingCopy);
        size();
    }

    void show(BufferedImage workingCopy, int originalWidth, int originalHeight) {
        show(workingCopy == null ? null : FxImages.toFx(workingCopy), originalWidth, originalHeight);
    }

    private void size() {
        Image image = view.getImage();
        if (image != null) {
            view.setFitWidth(Math.max(1, Math.min(image.getWidth(), getWidth() - 2)));
        }
    }
}
