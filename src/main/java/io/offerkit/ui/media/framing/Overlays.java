package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Redaction;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;

/**
 * The shapes drawn over the capture, placed from an {@link EditorState} through the mapping: the part outside the
 * crop (or outside what cover keeps) dimmed, the crop's frame and corner handles, the focus point, the redactions
 * and the selected one's handles. A handful of shapes, moved on every change; the capture itself is not redrawn.
 */
final class Overlays extends Group {
    private static final double HANDLE_SIDE = 10;
    private final Path dim = new Path();
    private final Rectangle frame = new Rectangle();
    private final Group cropHandles = handles("crop-handle");
    private final Circle focus = new Circle(8);
    private final Group redactions = new Group();
    private final Group redactionHandles = handles("redaction-handle");

    Overlays() {
        setMouseTransparent(true);
        setManaged(false);
        dim.setFillRule(FillRule.EVEN_ODD);
        dim.getStyleClass().add("capture-dim");
        frame.setId("cropFrame");
        frame.getStyleClass().add("capture-frame");
        focus.setId("focusMarker");
        focus.getStyleClass().add("capture-focus");
        // Redactions under the veil: one outside the crop is dimmed like the rest of what is not published; every handle
        // is on top, so none is hidden under a redaction.
        getChildren().addAll(redactions, dim, frame, cropHandles, focus, redactionHandles);
    }

    void update(EditorState state, CaptureMapping m, double aspect) {
        boolean shown = !m.isEmpty() && state.hasCapture();
        Crop kept = !shown ? null : state.crop() != null ? state.crop() : state.placesFocus()
                ? Crop.largest(state.width(), state.height(), aspect, state.framing().focusX(), state.framing().focusY())
                : null;
        dim.setVisible(kept != null);
        frame.setVisible(kept != null);
        cropHandles.setVisible(shown && state.crop() != null);
        focus.setVisible(shown && state.placesFocus());
        redactions.getChildren().clear();
        redactionHandles.setVisible(false);
        if (!shown) {
            return;
        }
        if (kept != null) {
            frame.getStyleClass().setAll("capture-frame", state.crop() == null ? "cover-frame" : "crop-frame");
            place(frame, m, kept.x(), kept.y(), kept.width(), kept.height());
            dim.getElements().setAll(outline(m, 0, 0, state.width(), state.height()));
            dim.getElements().addAll(outline(m, kept.x(), kept.y(), kept.width(), kept.height()));
            placeHandles(cropHandles, m, kept.x(), kept.y(), kept.width(), kept.height());
        }
        focus.setCenterX(m.toViewX(state.framing().focusX() * state.width()));
        focus.setCenterY(m.toViewY(state.framing().focusY() * state.height()));
        for (int i = 0; i < state.redactions().size(); i++) {
            redactions.getChildren().add(RedactionLook.shape(state.redactions().get(i), m, i == state.selected()));
        }
        Redaction selected = state.selectedRedaction();
        if (selected != null) {
            redactionHandles.setVisible(true);
            placeHandles(redactionHandles, m, selected.x(), selected.y(), selected.width(), selected.height());
        }
    }

    private static Group handles(String styleClass) {
        Group group = new Group();
        for (Crop.Corner corner : Crop.Corner.values()) {
            Rectangle handle = new Rectangle(HANDLE_SIDE, HANDLE_SIDE);
            handle.getStyleClass().addAll("capture-handle", styleClass);
            handle.setUserData(corner);
            group.getChildren().add(handle);
        }
        return group;
    }

    private static void placeHandles(Group group, CaptureMapping m, double x, double y, double w, double h) {
        group.getChildren().forEach(node -> {
            Crop.Corner corner = (Crop.Corner) node.getUserData();
            Rectangle handle = (Rectangle) node;
            handle.setX(m.toViewX(Corners.x(corner, x, w)) - HANDLE_SIDE / 2);
            handle.setY(m.toViewY(Corners.y(corner, y, h)) - HANDLE_SIDE / 2);
        });
    }

    private static void place(Rectangle r, CaptureMapping m, double x, double y, double w, double h) {
        r.setX(m.toViewX(x));
        r.setY(m.toViewY(y));
        r.setWidth(m.toView(w));
        r.setHeight(m.toView(h));
    }

    private static List<PathElement> outline(CaptureMapping m, double x, double y, double w, double h) {
        double left = m.toViewX(x);
        double top = m.toViewY(y);
        double right = m.toViewX(x + w);
        double bottom = m.toViewY(y + h);
        return List.of(new MoveTo(left, top), new LineTo(right, top), new LineTo(right, bottom),
                new LineTo(left, bottom), new ClosePath());
    }
}
