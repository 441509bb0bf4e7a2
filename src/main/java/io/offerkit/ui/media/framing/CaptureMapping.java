package io.offerkit.ui.media.framing;

/**
 * Where the capture sits in the editor: scaled to fit the view with its aspect kept, centred. Every overlay is kept
 * in the capture's original pixels and drawn through this one mapping, and every pointer position is read back
 * through it, so the working copy's own size (a reduced image) never enters the geometry.
 *
 * @param scale         view pixels per original pixel
 * @param left          the capture's left edge in the view
 * @param top           the capture's top edge in the view
 * @param captureWidth  the original's width in pixels (0: nothing shown)
 * @param captureHeight the original's height in pixels (0: nothing shown)
 */
public record CaptureMapping(double scale, double left, double top, int captureWidth, int captureHeight) {
    static final CaptureMapping EMPTY = new CaptureMapping(0, 0, 0, 0, 0);

    /**
     * The whole capture fitted into a view of this size less {@code inset} on every side (room for the handles on
     * the capture's edges), centred.
     */
    public static CaptureMapping fit(double viewWidth, double viewHeight, int captureWidth, int captureHeight, double inset) {
        CaptureMapping m = fit(viewWidth - 2 * inset, viewHeight - 2 * inset, captureWidth, captureHeight);
        return m.isEmpty() ? m : new CaptureMapping(m.scale, m.left + inset, m.top + inset, captureWidth, captureHeight);
    }

    /** The whole capture fitted into a view of this size, centred; {@link #EMPTY} when either has no area. */
    public static CaptureMapping fit(double viewWidth, double viewHeight, int captureWidth, int captureHeight) {
        if (captureWidth <= 0 || captureHeight <= 0 || !(viewWidth > 0) || !(viewHeight > 0)) {
            return EMPTY;
        }
        double scale = Math.min(viewWidth / captureWidth, viewHeight / captureHeight);
        return new CaptureMapping(scale, (viewWidth - captureWidth * scale) / 2, (viewHeight - captureHeight * scale) / 2,
                captureWidth, captureHeight);
    }

    public boolean isEmpty() {
        return scale <= 0;
    }

    public double toViewX(double x) {
        return left + x * scale;
    }

    public double toViewY(double y) {
        return top + y * scale;
    }

    /** A length (a width, a drag's distance) in view pixels. */
    public double toView(double length) {
        return length * scale;
    }

    public double toCaptureX(double viewX) {
        return isEmpty() ? 0 : (viewX - left) / scale;
    }

    public double toCaptureY(double viewY) {
        return isEmpty() ? 0 : (viewY - top) / scale;
    }

    /** A length in original pixels. */
    public double toCapture(double viewLength) {
        return isEmpty() ? 0 : viewLength / scale;
    }

    /** The capture's size in the view. */
    public double viewWidth() {
        return captureWidth * scale;
    }

    public double viewHeight() {
        return captureHeight * scale;
    }

    /** Whether a view point lies on the capture. */
    public boolean shows(double viewX, double viewY) {
        return !isEmpty() && viewX >= left && viewY >= top && viewX <= left + viewWidth() && viewY <= top + viewHeight();
    }
}
