package io.offerkit.ui.media.framing;

import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;

/**
 * The capture editor: a screenshot's capture shown whole, with its crop (dragged and resized with the output's aspect
 * locked), cover's focus point and the redactions drawn over it. The framing and redactions properties are the model,
 * in the original's pixels: set from outside, they redraw; a gesture sets them as it goes, with {@link
 * #adjustingProperty()} true from press to release so the owner can make one undo step of it. Every change is a new
 * value, never a mutation.
 */
public final class CaptureEditor extends BorderPane {
    private final EditorModel model = new EditorModel();
    private final CaptureCanvas canvas = new CaptureCanvas(model);

    public CaptureEditor() {
        getStyleClass().add("capture-editor");
        setTop(new EditorToolbar(model));
        setCenter(canvas);
    }

    /**
     * Shows a capture's working copy (a reduced image); crop, focus and redactions are in the ORIGINAL's pixels, of
     * {@code originalWidth} x {@code originalHeight}. null clears.
     */
    public void show(Image workingCopy, int originalWidth, int originalHeight) {
        canvas.show(workingCopy, originalWidth, originalHeight);
    }

    /** The output's width / height (1280 / 720 for a marketplace screenshot), which a crop keeps. */
    public DoubleProperty aspectProperty() {
        return model.aspect;
    }

    public ObjectProperty<Framing> framingProperty() {
        return model.framing;
    }

    public ObjectProperty<List<Redaction>> redactionsProperty() {
        return model.redactions;
    }

    /** Whether redactions can be drawn on this capture (false for a video's thumbnail); true by default. */
    public BooleanProperty redactableProperty() {
        return model.redactable;
    }

    /** True while a drag gesture is under way. */
    public ReadOnlyBooleanProperty adjustingProperty() {
        return model.adjusting.getReadOnlyProperty();
    }

    CaptureCanvas canvas() {
        return canvas;
    }
}
