package io.offerkit.imaging.mark;

/** The ways a mark's coverage is measured from ARGB pixels, and what the measures share. */
final class Coverage {
    /** A pixel this far into the mark counts as part of it (where an anti-aliased edge is half covered). */
    static final float HALF = 0.5f;
    private static final int OPAQUE = 255 - Border.CLEAR;

    private Coverage() {
    }

    static double transparentShare(int[] argb) {
        int clear = 0;
        for (int p : argb) {
            if (p >>> 24 < Border.CLEAR) {
                clear++;
            }
        }
        return (double) clear / Math.max(1, argb.length);
    }

    /** The opaque shape: each pixel's alpha. */
    static MarkMask opaque(int[] argb, int width, int height) {
        float[] coverage = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            coverage[i] = (argb[i] >>> 24) / 255f;
        }
        return new MarkMask(coverage, width, height, "its transparent background");
    }

    /**
     * What stands apart from {@code background}: a colour within {@link Rgb#SAME} of it is background; beyond, the
     * coverage grows with the distance up to a reference (a low quantile of the clearly different colours), so an
     * anti-aliased pixel half way between the mark and the background counts about half. Transparent pixels are
     * never mark (a tile's rounded corners).
     */
    static MarkMask apartFrom(int[] argb, int width, int height, int background, boolean plate) {
        double reference = reference(argb, background);
        float[] coverage = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            double d = Rgb.distance(argb[i], background);
            double apart = d <= Rgb.SAME ? 0 : Math.min(1, d / reference);
            coverage[i] = (float) (apart * (argb[i] >>> 24) / 255.0);
        }
        String how = String.format("%s #%06X", plate ? "its plate," : "the colour", background & 0xFFFFFF);
        return new MarkMask(coverage, width, height, how);
    }

    /** The distance a fully covered mark pixel has at least: the lower quartile of the clearly different colours. */
    private static double reference(int[] argb, int background) {
        int[] histogram = new int[443];
        int clearly = 0;
        for (int p : argb) {
            double d = Rgb.distance(p, background);
            if (p >>> 24 >= OPAQUE && d > 2 * Rgb.SAME) {
                histogram[(int) d]++;
                clearly++;
            }
        }
        int seen = 0;
        for (int d = 0; d < histogram.length; d++) {
            seen += histogram[d];
            if (seen * 4 >= clearly && clearly > 0) {
                return Math.max(d, 2 * Rgb.SAME);
            }
        }
        return 2 * Rgb.SAME;
    }

    /**
     * The colour of the opaque shape's rim (its opaque pixels next to transparency or the picture's edge) when that
     * rim is one colour: the shape is then a plate (a disc, a tile) that may carry the mark; null otherwise.
     */
    static Integer rimColour(int[] argb, int width, int height) {
        int[] rim = new int[argb.length];
        int count = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                if (p >>> 24 >= OPAQUE && nextToClear(argb, width, height, x, y)) {
                    rim[count++] = p;
                }
            }
        }
        if (count < 16) {
            return null;
        }
        int colour = Rgb.median(rim, count);
        return Rgb.shareNear(rim, count, colour) >= 0.9 ? colour : null;
    }

    private static boolean nextToClear(int[] argb, int width, int height, int x, int y) {
        return x == 0 || y == 0 || x == width - 1 || y == height - 1
                || argb[y * width + x - 1] >>> 24 < OPAQUE || argb[y * width + x + 1] >>> 24 < OPAQUE
                || argb[(y - 1) * width + x] >>> 24 < OPAQUE || argb[(y + 1) * width + x] >>> 24 < OPAQUE;
    }

    /** How many pixels are part of the mark (at least half covered). */
    static int count(MarkMask mask) {
        int n = 0;
        for (float c : mask.coverage()) {
            if (c >= HALF) {
                n++;
            }
        }
        return n;
    }
}
