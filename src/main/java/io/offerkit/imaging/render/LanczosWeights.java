package io.offerkit.imaging.render;

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
    /**
     * The taps under the kernel's main lobe (within one filter unit of the centre), as an offset from {@link #first}
     * and a count: the source values an output pixel may lie between without ringing.
     */
    final int[] lobeOffset;
    final int[] lobeCount;
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
        lobeOffset = new int[outputs];
        lobeCount = new int[outputs];
        double[] raw = new double[maxTaps];
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int o = 0; o < outputs; o++) {
            double c = center[o] - 0.5; // in pixel-index space: pixel j's centre is j + 0.5
            int start = (int) Math.floor(c - support) + 1;
            int end = (int) Math.floor(c + support); // inclusive
            int n = end - start + 1;
            double sum = 0;
            int lobeStart = -1;
            int lobeEnd = -1;
            for (int j = start; j <= end; j++) {
                double x = (j - c) * filterScale;
                double w = lanczos(x);
                raw[j - start] = w;
                sum += w;
                if (Math.abs(x) < 1) {
                    lobeStart = lobeStart < 0 ? j - start : lobeStart;
                    lobeEnd = j - start;
                }
            }
            if (lobeStart < 0) { // no tap inside the lobe (cannot happen for a centre inside the taps): the nearest
                lobeStart = (int) Math.max(0, Math.min(end - start, Math.round(c) - start));
                lobeEnd = lobeStart;
            }
            lobeOffset[o] = lobeStart;
            lobeCount[o] = lobeEnd - lobeStart + 1;
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
