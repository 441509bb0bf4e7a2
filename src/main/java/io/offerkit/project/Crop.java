package io.offerkit.project;

/**
 * The part of a capture a screenshot shows, in the capture's pixels, always of the output's aspect (the user drags
 * and resizes it with the aspect locked, so the published image is never stretched). The methods are the geometry of
 * those gestures; each returns a rectangle wholly inside the source and of the aspect asked for.
 *
 * @param x      left edge in source pixels
 * @param y      top edge in source pixels
 * @param width  width in source pixels
 * @param height height in source pixels
 */
public record Crop(double x, double y, double width, double height) {
    /** A crop is never smaller than this many source pixels across, so a handle cannot collapse it. */
    public static final double MIN_WIDTH = 16;

    /** The corners a crop is resized by; the opposite corner stays where it is. */
    public enum Corner {
        TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT
    }

    public Crop {
        if (!(width > 0) || !(height > 0) || !Double.isFinite(x) || !Double.isFinite(y)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a crop needs a finite position and a positive size");
        }
    }

    /**
     * The largest crop of the aspect {@code aspect} (width / height) the source holds, centred on the focus point
     * (0..1 across and down) as far as the source's edges allow.
     */
    public static Crop largest(int sourceWidth, int sourceHeight, double aspect, double focusX, double focusY) {
        double w = Math.min(sourceWidth, sourceHeight * aspect);
        double h = w / aspect;
        return placed(sourceWidth, sourceHeight, focusX * sourceWidth - w / 2, focusY * sourceHeight - h / 2, w, h);
    }

    /** This crop shifted by a drag, stopped at the source's edges. */
    public Crop moved(double dx, double dy, int sourceWidth, int sourceHeight) {
        return placed(sourceWidth, sourceHeight, x + dx, y + dy, width, height);
    }

    /**
     * This crop resized by dragging {@code corner} to the point (px, py): the opposite corner stays, the size
     * follows the pointer along the larger of its two moves (so the corner tracks the pointer as closely as the
     * locked aspect allows), limited by the source's edges and {@link #MIN_WIDTH}.
     */
    public Crop resized(Corner corner, double px, double py, double aspect, int sourceWidth, int sourceHeight) {
        boolean left = corner == Corner.TOP_LEFT || corner == Corner.BOTTOM_LEFT;
        boolean top = corner == Corner.TOP_LEFT || corner == Corner.TOP_RIGHT;
        double anchorX = left ? x + width : x;
        double anchorY = top ? y + height : y;
        double wanted = Math.max(Math.abs(px - anchorX), Math.abs(py - anchorY) * aspect);
        double room = Math.min(left ? anchorX : sourceWidth - anchorX, (top ? anchorY : sourceHeight - anchorY) * aspect);
        double w = Math.max(Math.min(wanted, room), Math.min(MIN_WIDTH, room));
        double h = w / aspect;
        return new Crop(left ? anchorX - w : anchorX, top ? anchorY - h : anchorY, w, h);
    }

    /**
     * This crop made valid for a source and aspect (a project read from disk, a replaced capture of another size):
     * the same centre, the aspect restored by keeping its width where it fits, then shrunk and moved inside.
     */
    public Crop within(int sourceWidth, int sourceHeight, double aspect) {
        double w = Math.min(Math.min(width, sourceWidth), sourceHeight * aspect);
        double h = w / aspect;
        return placed(sourceWidth, sourceHeight, x + width / 2 - w / 2, y + height / 2 - h / 2, w, h);
    }

    private static Crop placed(int sourceWidth, int sourceHeight, double x, double y, double w, double h) {
        return new Crop(clamp(x, 0, sourceWidth - w), clamp(y, 0, sourceHeight - h), w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
