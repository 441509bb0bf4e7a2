package io.offerkit.imaging.render;

import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.awt.geom.Rectangle2D;

/**
 * Where a source region lands in a slot for a fit mode, padding and alignment, in fractional pixels on both axes.
 *
 * @param x how the source's columns map onto the slot's
 * @param y how the source's rows map onto the slot's
 */
public record SlotPlacement(AxisMapping x, AxisMapping y) {

    /**
     * @param content        the source region to show (the trimmed bounds, or the whole source), in source
     *                       pixels or, for a vector source, in its own units
     * @param paddingPercent padding on every side, in percent of the slot's shorter side (clamped to its limits, {@link SlotSettings#clampPadding})
     * @param focusX         for cover: the point of the content kept in view, 0..1
     */
    public static SlotPlacement of(Rectangle2D content, int slotW, int slotH, Fit fit, double paddingPercent,
                            Alignment alignment, double focusX, double focusY) {
        double pad = Math.min(slotW, slotH) * SlotSettings.clampPadding(paddingPercent) / 100.0;
        double boxX = pad;
        double boxY = pad;
        double boxW = slotW - 2 * pad;
        double boxH = slotH - 2 * pad;
        double sw = content.getWidth();
        double sh = content.getHeight();
        double sx = boxW / sw;
        double sy = boxH / sh;
        switch (fit) {
            case STRETCH -> {
                return new SlotPlacement(
                        new AxisMapping(content.getX(), content.getX() + sw, boxX, boxX + boxW),
                        new AxisMapping(content.getY(), content.getY() + sh, boxY, boxY + boxH));
            }
            case COVER -> {
                double s = Math.max(sx, sy);
                double viewW = boxW / s;
                double viewH = boxH / s;
                // Centre the view on the focus point, but never past the content's edges.
                double vx = content.getX() + clamp(clamp(focusX, 0, 1) * sw - viewW / 2, 0, sw - viewW);
                double vy = content.getY() + clamp(clamp(focusY, 0, 1) * sh - viewH / 2, 0, sh - viewH);
                return new SlotPlacement(
                        new AxisMapping(vx, vx + viewW, boxX, boxX + boxW),
                        new AxisMapping(vy, vy + viewH, boxY, boxY + boxH));
            }
            default -> {
                double s = Math.min(sx, sy);
                double dw = sw * s;
                double dh = sh * s;
                Alignment a = alignment == null ? Alignment.CENTER : alignment;
                double dx = boxX + (boxW - dw) * a.x();
                double dy = boxY + (boxH - dh) * a.y();
                return new SlotPlacement(
                        new AxisMapping(content.getX(), content.getX() + sw, dx, dx + dw),
                        new AxisMapping(content.getY(), content.getY() + sh, dy, dy + dh));
            }
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
