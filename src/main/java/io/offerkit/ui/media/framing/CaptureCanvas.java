package io.offerkit.ui.media.framing;

import io.offerkit.project.Redaction;
import io.offerkit.ui.fx.Messages;
import javafx.scene.Cursor;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The capture and its overlays, and the pointer and keys that edit them. The capture is one ImageView, sized by the
 * mapping when the canvas is laid out; a change of the model only moves the overlay shapes.
 */
final class CaptureCanvas extends Pane {
    /** Room around the capture, in view pixels, so the handles on its edges are whole and can be caught. */
    static final double INSET = 10;
    /** How far the pointer must go before a press on the redaction tool draws, so a click draws nothing. */
    private static final double DRAW_THRESHOLD = 3;
    private final EditorModel model;
    private final ImageView image = new ImageView();
    private final Overlays overlays = new Overlays();
    private CaptureMapping mapping = CaptureMapping.EMPTY;
    private int width;
    private int height;
    private Drag drag;
    private Hit held = Hit.NONE;
    private double pressX;
    private double pressY;

    CaptureCanvas(EditorModel model) {
        this.model = model;
        setId("captureCanvas");
        getStyleClass().add("capture-canvas");
        setFocusTraversable(true);
        setAccessibleText(Messages.text("framing.editor"));
        setAccessibleHelp(Messages.text("framing.editor.help"));
        setPrefSize(800 + 2 * INSET, 450 + 2 * INSET);
        setMinSize(160, 90);
        image.setPreserveRatio(false);
        image.setSmooth(true);
        image.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        getChildren().addAll(image, overlays);
        model.framing.addListener((obs, old, now) -> redraw());
        model.redactions.addListener((obs, old, now) -> redraw());
        model.selected.addListener((obs, old, now) -> redraw());
        model.aspect.addListener((obs, old, now) -> redraw());
        setOnMouseMoved(e -> setCursor(cursor(hit(e))));
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    void show(Image workingCopy, int originalWidth, int originalHeight) {
        image.setImage(workingCopy);
        width = workingCopy == null ? 0 : originalWidth;
        height = workingCopy == null ? 0 : originalHeight;
        model.capture(width, height);
        requestLayout();
        redraw();
    }

    CaptureMapping mapping() {
        return mapping;
    }

    @Override
    protected void layoutChildren() {
        mapping = CaptureMapping.fit(getWidth(), getHeight(), width, height, INSET);
        image.setVisible(!mapping.isEmpty());
        image.relocate(mapping.left(), mapping.top());
        image.setFitWidth(mapping.viewWidth());
        image.setFitHeight(mapping.viewHeight());
        redraw();
    }

    private void redraw() {
        overlays.update(model.state(), mapping, model.aspect.get());
    }

    private Hit hit(MouseEvent e) {
        return HitTest.at(model.state(), mapping, e.getX(), e.getY(), model.drawing.get());
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        held = hit(e);
        pressX = e.getX();
        pressY = e.getY();
        drag = Drags.start(model.state(), held, mapping.toCaptureX(e.getX()), mapping.toCaptureY(e.getY()),
                model.aspect.get(), model.drawStyle.get());
        model.adjusting.set(held.part() != Hit.Part.NONE);
        model.apply(drag.pressed());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == null || held.part() == Hit.Part.DRAW
                && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAW_THRESHOLD) {
            return;
        }
        model.apply(drag.to(mapping.toCaptureX(e.getX()), mapping.toCaptureY(e.getY())));
        e.consume();
    }

    private void released(MouseEvent e) {
        drag = null;
        held = Hit.NONE;
        model.adjusting.set(false);
        setCursor(cursor(hit(e)));
        e.consume();
    }

    private void key(KeyEvent e) {
        EditorState state = model.state();
        double step = mapping.toCapture(e.isShiftDown() ? 10 : 1); // one view pixel, whatever the zoom
        EditorState next = switch (e.getCode()) {
            case LEFT -> state.nudged(-step, 0);
            case RIGHT -> state.nudged(step, 0);
            case UP -> state.nudged(0, -step);
            case DOWN -> state.nudged(0, step);
            case DELETE, BACK_SPACE -> state.removingSelected();
            case PAGE_DOWN -> state.cyclingSelection(1);
            case PAGE_UP -> state.cyclingSelection(-1);
            case ENTER, INSERT -> model.drawing.get() && state.hasCapture() ? state.adding(centred(state)) : null;
            case ESCAPE -> state.selecting(-1);
            default -> null;
        };
        if (e.getCode() == KeyCode.ESCAPE && model.drawing.get()) {
            model.drawing.set(false); // Escape leaves the redaction tool first, then clears the selection
            e.consume();
        } else if (next != null && !next.equals(state) && drag == null) {
            model.apply(next);
            e.consume();
        }
    }

    /** A keyboard user's new redaction: a quarter of the capture, in its middle, moved and sized from there. */
    private Redaction centred(EditorState s) {
        return RedactionGeometry.spanning(s.width() * 3 / 8.0, s.height() * 3 / 8.0, s.width() * 5 / 8.0,
                s.height() * 5 / 8.0, model.drawStyle.get(), s.width(), s.height());
    }

    private static Cursor cursor(Hit hit) {
        return switch (hit.part()) {
            case CROP, REDACTION -> Cursor.MOVE;
            case CROP_CORNER, REDACTION_CORNER -> switch (hit.corner()) {
                case TOP_LEFT -> Cursor.NW_RESIZE;
                case TOP_RIGHT -> Cursor.NE_RESIZE;
                case BOTTOM_LEFT -> Cursor.SW_RESIZE;
                case BOTTOM_RIGHT -> Cursor.SE_RESIZE;
            };
            case DRAW, FOCUS -> Cursor.CROSSHAIR;
            case NONE -> Cursor.DEFAULT;
        };
    }
}
