package io.offerkit.project;

/**
 * How a capture fills its media image (a screenshot, a video's thumbnail): the slot's own typed values, so a
 * screenshot is framed with the words and rules a logo slot uses. A project file written by hand may leave any value
 * out; what it means then is decided here, once.
 *
 * @param fit        {@link Fit#CONTAIN} (the whole capture, letterboxed) or {@link Fit#COVER} (filled, cut around the
 *                   focus point); never stretched, as the marketplace rejects distorted images
 * @param background what contain's bands are filled with; null means "auto": the capture's own edge colour, so
 *                   the bands read as part of the capture
 * @param focusX     the point kept in view by cover, 0..1 from the left
 * @param focusY     the point kept in view by cover, 0..1 from the top
 * @param crop       when set, the part of the capture shown (of the image's aspect), filling the image; null: the
 *                   whole capture
 */
public record Framing(Fit fit, SlotBackground background, Double focusX, Double focusY, Crop crop) {
    private static final Framing DEFAULT = new Framing(Fit.CONTAIN, null, 0.5, 0.5, null);

    public Framing {
        if (fit == Fit.STRETCH) {
            throw new IllegalArgumentException("a screenshot is framed by CONTAIN or COVER, never stretched");
        }
        fit = fit == null ? Fit.CONTAIN : fit;
        focusX = focus(focusX);
        focusY = focus(focusY);
    }

    /** The whole capture, contained on its own edge colour. */
    public static Framing defaults() {
        return DEFAULT;
    }

    private static Double focus(Double value) {
        return value == null || !Double.isFinite(value) ? 0.5 : Math.max(0, Math.min(1, value));
    }

    /** Whether the background follows the capture's edge colour. */
    public boolean autoBackground() {
        return background == null;
    }

    public Framing withFit(Fit value) {
        return new Framing(value, background, focusX, focusY, crop);
    }

    /** A null background is "auto": the capture's edge colour. */
    public Framing withBackground(SlotBackground value) {
        return new Framing(fit, value, focusX, focusY, crop);
    }

    public Framing withFocus(double x, double y) {
        return new Framing(fit, background, x, y, crop);
    }

    /** A null crop shows the whole capture. */
    public Framing withCrop(Crop value) {
        return new Framing(fit, background, focusX, focusY, value);
    }
}
