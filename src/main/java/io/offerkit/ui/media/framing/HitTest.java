package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Redaction;

/**
 * Which part of the overlays a view point takes hold of, in the order a user expects: the selected redaction's
 * handles, then the redactions (the last drawn on top), then drawing a new one when the tool is on, then the crop's
 * corner handles and body, then the focus point. Handles are hit within {@link #HANDLE} view pixels, whatever the
 * scale, so a small view still has handles a pointer can catch.
 */
final class HitTest {
    /** How far from a corner, in view pixels, its handle still catches the pointer. */
    static final double HANDLE = 8;

    private HitTest() {
    }

    static Hit at(EditorState state, CaptureMapping mapping, double viewX, double viewY, boolean drawing) {
        if (mapping.isEmpty() || !state.hasCapture()) {
            return Hit.NONE;
        }
        Redaction selected = state.selectedRedaction();
        if (selected != null) {
            Crop.Corner corner = corner(mapping, selected.x(), selected.y(), selected.width(), selected.height(), viewX, viewY);
            if (corner != null) {
                return new Hit(Hit.Part.REDACTION_CORNER, state.selected(), corner);
            }
        }
        double x = mapping.toCaptureX(viewX);
        double y = mapping.toCaptureY(viewY);
        for (int i = state.redactions().size() - 1; i >= 0; i--) {
            Redaction r = state.redactions().get(i);
            if (Corners.inside(r.x(), r.y(), r.width(), r.height(), x, y)) {
                return new Hit(Hit.Part.REDACTION, i, null);
            }
        }
        boolean onCapture = mapping.shows(viewX, viewY);
        if (drawing) {
            return onCapture ? Hit.of(Hit.Part.DRAW) : Hit.NONE;
        }
        Crop crop = state.crop();
        if (crop != null) {
            Crop.Corner corner = corner(mapping, crop.x(), crop.y(), crop.width(), crop.height(), viewX, viewY);
            if (corner != null) {
                return new Hit(Hit.Part.CROP_CORNER, -1, corner);
            }
            return Corners.inside(crop.x(), crop.y(), crop.width(), crop.height(), x, y) ? Hit.of(Hit.Part.CROP) : Hit.NONE;
        }
        return state.placesFocus() && onCapture ? Hit.of(Hit.Part.FOCUS) : Hit.NONE;
    }

    /** A corner of a rectangle in original pixels, caught within the handle's reach in view pixels. */
    private static Crop.Corner corner(CaptureMapping m, double x, double y, double w, double h, double viewX, double viewY) {
        return Corners.near(m.toViewX(x), m.toViewY(y), m.toView(w), m.toView(h), viewX, viewY, HANDLE);
    }
}
