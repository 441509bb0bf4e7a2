package io.offerkit.imaging.colour;

import io.offerkit.imaging.source.ArgbPixels;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;

/** Turns any decoded BufferedImage into non-premultiplied sRGB ARGB ints. */
public final class SrgbArgb {
    private SrgbArgb() {
    }

    public static int[] of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        ColorSpace space = image.getColorModel().getColorSpace();
        if (image.getColorModel() instanceof ComponentColorModel cm && space.getType() == ColorSpace.TYPE_GRAY
                && cm.getNumComponents() <= 2) {
            return greySamples(image, cm);
        }
        if (!space.isCS_sRGB() && image.getColorModel() instanceof ComponentColorModel) {
            // An ICC space (Adobe RGB, Display P3, CMYK...): one bulk conversion; getRGB would convert pixel by
            // pixel through the colour space, which is correct but very slow on large sources.
            BufferedImage srgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            new ColorConvertOp(null).filter(image, srgb);
            return ArgbPixels.of(srgb);
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    /**
     * A single-band grey image is read sample by sample: its samples are already gamma-encoded, but Java2D's getRGB
     * treats the grey colour space as linear and would lighten them.
     */
    private static int[] greySamples(BufferedImage image, ComponentColorModel cm) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster r = image.getRaster();
        int max = (1 << cm.getComponentSize(0)) - 1;
        boolean alpha = cm.hasAlpha();
        int[] argb = new int[w * h];
        int[] px = new int[r.getNumBands()];
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++, i++) {
                r.getPixel(x, y, px);
                int g = (px[0] * 255 + max / 2) / max;
                int a = alpha ? (px[1] * 255 + max / 2) / max : 255;
                argb[i] = a << 24 | g << 16 | g << 8 | g;
            }
        }
        return argb;
    }
}
