package io.offerkit.imaging.source;

import java.awt.image.BufferedImage;

/**
 * A decoded source: sRGB pixels as {@code TYPE_INT_ARGB} (not premultiplied), and the facts of the file. A vector
 * source (SVG) also carries its {@link VectorSource}: slots are then drawn from the vectors, and {@code pixels} is a
 * preview rasterisation used for trimming, previews and facts.
 *
 * @param vector the vector picture, or null for a raster source
 */
public record SourceImage(BufferedImage pixels, ImageFacts facts, VectorSource vector) {
    public SourceImage(BufferedImage pixels, ImageFacts facts) {
        this(pixels, facts, null);
    }

    public boolean isVector() {
        return vector != null;
    }

    public int width() {
        return pixels.getWidth();
    }

    public int height() {
        return pixels.getHeight();
    }
}
