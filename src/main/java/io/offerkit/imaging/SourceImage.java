package io.offerkit.imaging;

import java.awt.image.BufferedImage;

/** A decoded source: sRGB pixels as {@code TYPE_INT_ARGB} (not premultiplied), and the facts of the file. */
public record SourceImage(BufferedImage pixels, ImageFacts facts) {
    public int width() {
        return pixels.getWidth();
    }

    public int height() {
        return pixels.getHeight();
    }
}
