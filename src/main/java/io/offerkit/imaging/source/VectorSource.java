package io.offerkit.imaging.source;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A source drawn from vectors (SVG): slots ask it to draw at their exact placement instead of resampling a raster,
 * so edges stay as crisp at 40x40 as at 255x115.
 */
public interface VectorSource {
    /** Intrinsic width, in the picture's own units (CSS pixels for SVG). */
    double width();

    /** Intrinsic height, in the picture's own units. */
    double height();

    /**
     * Draws the picture onto a transparent canvas.
     *
     * @param toCanvas maps the picture's units (0..width, 0..height) to canvas pixels
     * @return a TYPE_INT_ARGB (not premultiplied) sRGB image of exactly {@code canvasWidth x canvasHeight}
     */
    BufferedImage render(int canvasWidth, int canvasHeight, AffineTransform toCanvas);

    /** The whole picture fitted into {@code maxSide} pixels on its longer side, for previews, trim and facts. */
    default BufferedImage rasterize(int maxSide) {
        double scale = maxSide / Math.max(width(), height());
        int w = (int) Math.max(1, Math.min(maxSide, Math.round(width() * scale)));
        int h = (int) Math.max(1, Math.min(maxSide, Math.round(height() * scale)));
        return render(w, h, AffineTransform.getScaleInstance(w / width(), h / height()));
    }
}
