package io.offerkit.imaging.png;

import io.offerkit.imaging.source.ArgbPixels;
import java.awt.image.BufferedImage;

/**
 * A PNG under a marketplace's byte limit without changing its size: the smallest lossless PNG when it fits, else
 * the image reduced to the most colours (256, 128, ... 16) whose palette PNG fits. Never a resize: a screenshot of
 * the wrong size is rejected, a slightly banded one is not, and text stays legible down to 16 colours.
 *
 * @param bytes       the PNG
 * @param colours     0 for the lossless PNG, else how many colours the palette was reduced to
 * @param withinLimit false when even 16 colours stay over the limit (the caller warns; these bytes are the smallest
 *                    tried)
 */
public record PngWithinLimit(byte[] bytes, int colours, boolean withinLimit) {
    private static final int[] STEPS = {256, 128, 64, 32, 16};

    /** Whether the palette was reduced (the warnings and the report say so). */
    public boolean reduced() {
        return colours > 0;
    }

    /** The PNG of the image within {@code maxBytes}; {@code maxBytes <= 0} means no limit. */
    public static PngWithinLimit encode(BufferedImage image, long maxBytes) {
        byte[] lossless = PngEncoder.encode(image);
        if (maxBytes <= 0 || lossless.length <= maxBytes) {
            return new PngWithinLimit(lossless, 0, true);
        }
        int[] argb = ArgbPixels.of(image);
        byte[] smallest = lossless;
        int smallestColours = 0;
        for (int colours : STEPS) {
            int[] reduced = PaletteReduction.reduce(argb, colours);
            byte[] png = PngEncoder.encode(ArgbPixels.toImage(reduced, image.getWidth(), image.getHeight()));
            if (png.length <= maxBytes) {
                return new PngWithinLimit(png, colours, true);
            }
            if (png.length < smallest.length) {
                smallest = png;
                smallestColours = colours;
            }
        }
        return new PngWithinLimit(smallest, smallestColours, false);
    }
}
