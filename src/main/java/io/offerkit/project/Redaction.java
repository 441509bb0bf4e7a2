package io.offerkit.project;

/**
 * A rectangle of a capture that must not be published (an e-mail address, a tenant name, customer data), in the
 * capture's own pixels so it stays on the same content whatever the framing. It is burnt into the source before the
 * screenshot is resampled, so no output pixel can show what was under it.
 *
 * @param x      left edge, in source pixels from the left
 * @param y      top edge, in source pixels from the top
 * @param width  width in source pixels (at least 1)
 * @param height height in source pixels (at least 1)
 * @param style  how the rectangle is covered
 */
public record Redaction(int x, int y, int width, int height, Style style) {

    /** How a redaction covers its rectangle. */
    public enum Style {
        /** One solid colour: nothing of the content is left. The safe choice for text. */
        FILL,
        /**
         * Coarse blocks of the content's average colour: shows that something was there. Blocks are at least
         * {@link Redaction#MIN_BLOCK} pixels and a quarter of the rectangle's shorter side, as fine pixelation of
         * text can be read back.
         */
        PIXELATE
    }

    /** The smallest pixelation block, in source pixels. */
    public static final int MIN_BLOCK = 16;

    public Redaction {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a redaction is at least 1x1 pixels, not " + width + "x" + height);
        }
        if (style == null) {
            style = Style.FILL;
        }
    }

    /** The pixelation block edge for this rectangle. */
    public int blockSize() {
        return Math.max(MIN_BLOCK, (Math.min(width, height) + 3) / 4);
    }

    /** This rectangle cut to a source of the given size; empty (null) when it lies wholly outside. */
    public Redaction within(int sourceWidth, int sourceHeight) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = Math.min(sourceWidth, x + width);
        int bottom = Math.min(sourceHeight, y + height);
        if (right <= left || bottom <= top) {
            return null;
        }
        return new Redaction(left, top, right - left, bottom - top, style);
    }
}
