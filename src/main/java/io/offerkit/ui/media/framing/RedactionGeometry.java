package io.offerkit.ui.media.framing;

import io.offerkit.project.Redaction;

/**
 * The geometry of drawing, moving and resizing a redaction, in whole original pixels (a redaction's own unit): the
 * result always lies inside the capture and is at least 1x1, as {@link Redaction} requires.
 */
final class RedactionGeometry {
    private RedactionGeometry() {
    }

    /** The rectangle between two points (any order), rounded to pixels and cut to the capture. */
    static Redaction spanning(double ax, double ay, double bx, double by, Redaction.Style style, int width, int height) {
        int left = clamp(Math.round(Math.min(ax, bx)), 0, width - 1);
        int top = clamp(Math.round(Math.min(ay, by)), 0, height - 1);
        int right = clamp(Math.round(Math.max(ax, bx)), left + 1, width);
        int bottom = clamp(Math.round(Math.max(ay, by)), top + 1, height);
        return new Redaction(left, top, right - left, bottom - top, style);
    }

    /** The redaction shifted by (dx, dy) original pixels, stopped at the capture's edges. */
    static Redaction moved(Redaction r, double dx, double dy, int width, int height) {
        int w = Math.min(r.width(), width);
        int h = Math.min(r.height(), height);
        int x = clamp(Math.round(r.x() + dx), 0, width - w);
        int y = clamp(Math.round(r.y() + dy), 0, height - h);
        return new Redaction(x, y, w, h, r.style());
    }

    private static int clamp(long v, int min, int max) {
        return (int) Math.max(min, Math.min(max, v));
    }
}
