package io.offerkit.imaging;

/**
 * Lanczos-3 filter taps for every output pixel of one axis. When downscaling the kernel is stretched by the
 * reduction ratio (so every source pixel contributes, no aliasing). Taps may fall outside the source: the reader
 * extends the source's edge pixels there, so an opaque logo never gets a transparent fringe from the filter.
 */
final class LanczosWeights {
    static final double RADIUS = 3.0;

    /** Index of the first source pixel for each output pixel. */
    final int[] first;
    /** Number of taps for each output pixel. */
    final int[] count;
    /** Taps, {@code stride} per output pixel. */
    final float[] weights;
    final int stride;
    /** Smallest and one past the largest source index any tap uses; may lie outside the source. */
    final int minIndex;
    final int maxIndexExclusive;

    /**
     * @param outputs       how many output pixels
     * @param center        source coordinate (in source pixel units, 0 = left edge of pixel 0) of each output
     *                      pixel's centre
     * @param scale         output pixels per source pixel
     */
    LanczosWeights(int outputs, double[] center, double scale) {
        double filterScale = Math.min(1.0, scale);
        double support = RADIUS / filterScale;
        int maxTaps = (int) Math.ceil(2 * support) + 2;
        stride = maxTaps;
        first = new int[outputs];
        count = new int[outputs];
        weights = new float[outputs * maxTaps];
        double[] raw = new double[maxTaps];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int o = 0; o < outputs; o++) {
            double c = center[o] - 0.5; // in pixel-index space: pixel j's centre is j + 0.5
            int start = (int) Math.floor(c - support) + 1;
            int end = (int) Math.floor(c + support); // inclusive
            int n = end - start + 1;
            double sum = 0;
            for (int j = start; j <= end; j++) {
                double w = lanczos((j - c) * filterScale);
                raw[j - start] = w;
                sum += w;
            }
            first[o] = start;
            count[o] = n;
            for (int k = 0; k < n; k++) {
                weights[o * stride + k] = (float) (sum == 0 ? (k == 0 ? 1 : 0) : raw[k] / sum);
            }
            lo = Math.min(lo, start);
            hi = Math.max(hi, end + 1);
        }
        minIndex = outputs == 0 ? 0 : lo;
        maxIndexExclusive = outputs == 0 ? 0 : hi;
    }

    static double lanczos(double x) {
        if (x == 0) {
            return 1.0;
        }
        if (x <= -RADIUS || x >= RADIUS) {
            return 0.0;
        }
        double px = Math.PI * x;
        return RADIUS * Math.sin(px) * Math.sin(px / RADIUS) / (px * px);
    }
}
