package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The editor's properties: the model it edits (framing, redactions, the output's aspect) and its own state (the
 * selected redaction, the redaction tool and the style it draws with, whether a gesture is under way). The canvas
 * and the toolbar read one {@link EditorState} from here and write one back, so every edit is a new value.
 */
final class EditorModel {
    final DoubleProperty aspect = new SimpleDoubleProperty(1280 / 720.0);
    final ObjectProperty<Framing> framing = new SimpleObjectProperty<>(Framing.defaults());
    final ObjectProperty<List<Redaction>> redactions = new SimpleObjectProperty<>(List.of());
    final ReadOnlyBooleanWrapper adjusting = new ReadOnlyBooleanWrapper();
    final IntegerProperty selected = new SimpleIntegerProperty(-1);
    final BooleanProperty drawing = new SimpleBooleanProperty();
    /** Whether the capture takes redactions (a screenshot does; a video's thumbnail is published as made). */
    final BooleanProperty redactable = new SimpleBooleanProperty(true);
    final ObjectProperty<Redaction.Style> drawStyle = new SimpleObjectProperty<>(Redaction.Style.FILL);
    private int width;
    private int height;

    EditorModel() {
        // A list replaced from outside (undo, another capture) may no longer hold the selected redaction.
        redactions.addListener((obs, old, now) -> {
            if (now == null || selected.get() >= now.size()) {
                selected.set(-1);
            }
        });
    }

    void capture(int originalWidth, int originalHeight) {
        width = Math.max(0, originalWidth);
        height = Math.max(0, originalHeight);
        selected.set(-1);
    }

    EditorState state() {
        return new EditorState(fitted(framing.get()), redactions.get(), selected.get(), width, height);
    }

    /**
     * A crop that no longer fits (a capture replaced by a smaller one, a hand-edited file, another aspect) is shown
     * and edited as Crop.within makes it; one that fits is left exactly as it is, so a click changes nothing.
     */
    private Framing fitted(Framing value) {
        Crop crop = value == null ? null : value.crop();
        if (crop == null || width == 0 || fits(crop)) {
            return value;
        }
        return value.withCrop(crop.within(width, height, aspect.get()));
    }

    private boolean fits(Crop crop) {
        double slack = 1e-9 * Math.max(width, height);
        return crop.x() >= 0 && crop.y() >= 0 && crop.x() + crop.width() <= width + slack
                && crop.y() + crop.height() <= height + slack
                && Math.abs(crop.width() / crop.height() / aspect.get() - 1) < 1e-9;
    }

    /** Writes an edit back; a property is set only when its value changed, so listeners see real changes only. */
    void apply(EditorState state) {
        if (!Objects.equals(state.framing(), framing.get())) {
            framing.set(state.framing());
        }
        if (!Objects.equals(state.redactions(), redactions.get())) {
            redactions.set(state.redactions());
        }
        selected.set(state.selected());
    }
}
