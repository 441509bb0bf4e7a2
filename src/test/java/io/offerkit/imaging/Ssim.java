package io.offerkit.imaging;

import java.awt.image.BufferedImage;

/**
 * Structural similarity (Wang et al. 2004) with a 7x7 box window, averaged over the premultiplied R, G, B and the
 * alpha channel, so transparent pixels whose hidden colour differs do not count as different.
 */
final class Ssim {
    private static final int WINDOW = 7;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private Ssim() {
    }

    static double of(BufferedImage a, BufferedImage b) {
        return meanOfChannels(a, b, 4);
    }

    /**
     * The mean SSIM of the R, G and B channels only: for opaque images, where an alpha plane that is 255 everywhere
     * would count as a perfect quarter and lift every score.
     */
    static double ofColour(BufferedImage a, BufferedImage b) {
        return meanOfChannels(a, b, 3);
    }

    /** The mean over the first {@code channels} planes: R, G, B, then alpha. */
    private static double meanOfChannels(BufferedImage a, BufferedImage b, int channels) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new IllegalArgumentException("different sizes");
        }
        double total = 0;
        for (int channel = 0; channel < channels; channel++) {
            total += channel(plane(a, channel), plane(b, channel), a.getWidth(), a.getHeight());
        }
        return total / channels;
    }

    private static double[] plane(BufferedImage image, int channel) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        double[] plane = new double[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int alpha = argb[i] >>> 24;
            plane[i] = channel == 3 ? alpha : ((argb[i] >> (16 - 8 * channel)) & 0xFF) * alpha / 255.0;
        }
        return plane;
    }

    private static double channel(double[] x, double[] y, int w, int h) {
        int win = Math.min(WINDOW, Math.min(w, h));
        double sum = 0;
        int windows = 0;
        for (int wy = 0; wy + win <= h; wy++) {
            for (int wx = 0; wx + win <= w; wx++) {
                double mx = 0;
                double my = 0;
                for (int j = 0; j < win; j++) {
                    for (int i = 0; i < win; i++) {
                        mx += x[(wy + j) * w + wx + i];
                        my += y[(wy + j) * w + wx + i];
                    }
                }
                int n = win * win;
                mx /= n;
                my /= n;
                double vx = 0;
                double vy = 0;
                double cov = 0;
                for (int j = 0; j < win; j++) {
                    for (int i = 0; i < win; i++) {
                        double dx = x[(wy + j) * w + wx + i] - mx;
                        double dy = y[(wy + j) * w + wx + i] - my;
                        vx += dx * dx;
                        vy += dy * dy;
                        cov += dx * dy;
                    }
                }
                vx /= n - 1;
                vy /= n - 1;
                cov /= n - 1;
                sum += ((2 * mx * my + C1) * (2 * cov + C2)) / ((mx * mx + my * my + C1) * (vx + vy + C2));
                windows++;
            }
        }
        return sum / windows;
    }
}
