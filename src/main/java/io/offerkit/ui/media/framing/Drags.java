package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Redaction;

/**
 * The gesture a press starts, from what it hit. The model's own geometry does the work (Crop.moved and
 * Crop.resized keep the crop inside the capture and of the output's aspect; {@link RedactionGeometry} keeps a
 * redaction inside and at least a pixel); a gesture only adds where the pointer took hold.
 */
final class Drags {
    private Drags() {
    }

    /**
     * The gesture of a press at (x, y) original pixels on {@code hit}.
     *
     * @param aspect    the output's width / height, which a crop keeps
     * @param drawStyle the style a newly drawn redaction takes
     */
    static Drag start(EditorState state, Hit hit, double x, double y, double aspect, Redaction.Style drawStyle) {
        int w = state.width();
        int h = state.height();
        return switch (hit.part()) {
            case CROP -> follow(state, (px, py) -> state.withCrop(state.crop().moved(px - x, py - y, w, h)));
            case CROP_CORNER -> cropCorner(state, hit.corner(), x, y, aspect);
            case REDACTION -> {
                EditorState held = state.selecting(hit.index());
                Redaction r = held.selectedRedaction();
                yield new Follow(held, (px, py) -> held.replacing(hit.index(), RedactionGeometry.moved(r, px - x, py - y, w, h)));
            }
            case REDACTION_CORNER -> redactionCorner(state, hit, x, y);
            case DRAW -> {
                EditorState none = state.selecting(-1);
                yield new Follow(none, (px, py) -> none.adding(RedactionGeometry.spanning(x, y, px, py, drawStyle, w, h)));
            }
            case FOCUS -> {
                Position focus = (px, py) -> state.withFraming(state.framing().withFocus(fraction(px, w), fraction(py, h)));
                yield new Follow(focus.at(x, y), focus);
            }
            case NONE -> {
                EditorState none = state.selecting(-1);
                yield new Follow(none, (px, py) -> none);
            }
        };
    }

    private static Drag cropCorner(EditorState state, Crop.Corner corner, double x, double y, double aspect) {
        Crop crop = state.crop();
        // The pointer rarely lands on the corner itself: the corner keeps its offset from the pointer, so it does not jump.
        double grabX = Corners.x(corner, crop.x(), crop.width()) - x;
        double grabY = Corners.y(corner, crop.y(), crop.height()) - y;
        return follow(state, (px, py) -> state.withCrop(
                crop.resized(corner, px + grabX, py + grabY, aspect, state.width(), state.height())));
    }

    private static Drag redactionCorner(EditorState state, Hit hit, double x, double y) {
        Redaction r = state.redactions().get(hit.index());
        Crop.Corner corner = hit.corner();
        double grabX = Corners.x(corner, r.x(), r.width()) - x;
        double grabY = Corners.y(corner, r.y(), r.height()) - y;
        double anchorX = Corners.left(corner) ? r.x() + r.width() : r.x();
        double anchorY = Corners.top(corner) ? r.y() + r.height() : r.y();
        EditorState held = state.selecting(hit.index());
        return new Follow(held, (px, py) -> held.replacing(hit.index(), RedactionGeometry.spanning(anchorX, anchorY,
                px + grabX, py + grabY, r.style(), state.width(), state.height())));
    }

    /** A position across or down the capture as 0..1, to the thousandth (a focus point needs no finer). */
    private static double fraction(double v, int size) {
        return Math.round(Math.max(0, Math.min(1, v / size)) * 1000) / 1000.0;
    }

    private static Drag follow(EditorState state, Position position) {
        return new Follow(state, position);
    }

    /** The state at a pointer position. */
    private interface Position {
        EditorState at(double x, double y);
    }

    private record Follow(EditorState pressed, Position position) implements Drag {
        @Override
        public EditorState to(double x, double y) {
            return position.at(x, y);
        }
    }
}
