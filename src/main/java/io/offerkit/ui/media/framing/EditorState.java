package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.ArrayList;
import java.util.List;

/**
 * What the editor shows and edits, as one immutable value: the framing and redactions (the model, in original
 * pixels), which redaction is selected (the editor's own), and the capture's size that every edit stays inside.
 * Each edit returns a new value, so a gesture can be computed from the state at its start.
 *
 * @param selected the selected redaction's index, or -1
 */
record EditorState(Framing framing, List<Redaction> redactions, int selected, int width, int height) {
    EditorState {
        framing = framing == null ? Framing.defaults() : framing;
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
        selected = selected >= 0 && selected < redactions.size() ? selected : -1;
    }

    boolean hasCapture() {
        return width > 0 && height > 0;
    }

    Crop crop() {
        return framing.crop();
    }

    /** Cover without a crop: the focus point is what the user places. */
    boolean placesFocus() {
        return framing.crop() == null && framing.fit() == Fit.COVER;
    }

    Redaction selectedRedaction() {
        return selected < 0 ? null : redactions.get(selected);
    }

    EditorState withFraming(Framing value) {
        return new EditorState(value, redactions, selected, width, height);
    }

    EditorState withCrop(Crop value) {
        return withFraming(framing.withCrop(value));
    }

    EditorState selecting(int index) {
        return new EditorState(framing, redactions, index, width, height);
    }

    /** The selection moved to the next (+1) or previous (-1) redaction, through "none". */
    EditorState cyclingSelection(int step) {
        int slots = redactions.size() + 1;
        return selecting(Math.floorMod(selected + 1 + step, slots) - 1);
    }

    EditorState replacing(int index, Redaction value) {
        List<Redaction> list = new ArrayList<>(redactions);
        list.set(index, value);
        return new EditorState(framing, list, index, width, height);
    }

    /** A new redaction at the end of the list, selected. */
    EditorState adding(Redaction value) {
        List<Redaction> list = new ArrayList<>(redactions);
        list.add(value);
        return new EditorState(framing, list, list.size() - 1, width, height);
    }

    EditorState removingSelected() {
        if (selected < 0) {
            return this;
        }
        List<Redaction> list = new ArrayList<>(redactions);
        list.remove(selected);
        return new EditorState(framing, list, -1, width, height);
    }

    EditorState withSelectedStyle(Redaction.Style style) {
        Redaction r = selectedRedaction();
        return r == null || r.style() == style ? this
                : replacing(selected, new Redaction(r.x(), r.y(), r.width(), r.height(), style));
    }

    /**
     * The keyboard's nudge by (dx, dy) original pixels: the selected redaction (by whole pixels, at least one), else
     * the crop, else the focus point of cover; nothing else moves.
     */
    EditorState nudged(double dx, double dy) {
        Redaction r = selectedRedaction();
        if (r != null) {
            return replacing(selected, RedactionGeometry.moved(r, wholePixels(dx), wholePixels(dy), width, height));
        }
        if (crop() != null) {
            return withCrop(crop().moved(dx, dy, width, height));
        }
        if (placesFocus()) {
            return withFraming(framing.withFocus(framing.focusX() + dx / width, framing.focusY() + dy / height));
        }
        return this;
    }

    /** A step of less than a pixel still moves a redaction by one, or the key would do nothing when zoomed out. */
    private static double wholePixels(double d) {
        return d == 0 ? 0 : Math.copySign(Math.max(1, Math.abs(Math.round(d))), d);
    }
}
