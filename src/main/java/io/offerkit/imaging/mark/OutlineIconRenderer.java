package io.offerkit.imaging.mark;

/**
 * Draws a mark as an outline icon: white (alpha 255) where the mark is, fully transparent (alpha 0) everywhere else,
 * trimmed to the mark and scaled to fit the icon with no padding.
 *
 * <p>Every pixel is either white at alpha 255 or clear at alpha 0, never between: Teams refuses an outline icon with
 * any partial alpha (an upload fails on an alpha of 216), so the anti-aliased edge cannot be kept as alpha. A pixel
 * becomes white when the mark covers at least half of it, which puts the edge where the smooth edge would be half
 * covered and keeps the shape's weight. A stroke thinner than a pixel at this size would vanish under that rule, so a
 * pixel covered a quarter or more is also kept where it is a ridge (more covered than its neighbours on one axis):
 * thin lines stay one pixel wide instead of breaking up.
 */
public final class OutlineIconRenderer {
    public static final int WHITE = 0xFFFFFFFF;
    public static final int CLEAR = 0x00000000;
    private static final float RIDGE = 0.25f;
    /** Tries to grow a mark whose thresholded edge falls short of the canvas (a diamond's tips). */
    private static final int GROW_TRIES = 4;

    private OutlineIconRenderer() {
    }

    /** The icon's ARGB pixels, row by row: only {@link #WHITE} and {@link #CLEAR}. */
    public static int[] render(MarkMask mask, int width, int height) {
        CoverageSampler sampler = new CoverageSampler(mask);
        double[] box = sampler.bounds();
        double scale = Math.min(width / box[2], height / box[3]);
        int[] pixels = draw(sampler, box, scale, width, height);
        for (int i = 0; i < GROW_TRIES && !touchesAnAxis(pixels, width, height); i++) {
            int[] extent = extent(pixels, width, height);
            if (extent == null) {
                break;
            }
            double grow = Math.min((double) width / extent[0], (double) height / extent[1]);
            scale *= Math.max(grow, 1 + 0.5 / Math.max(width, height));
            pixels = draw(sampler, box, scale, width, height);
        }
        return pixels;
    }

    /** The mark at {@code scale} icon pixels per source pixel, its box centred on the canvas, thresholded. */
    private static int[] draw(CoverageSampler sampler, double[] box, double scale, int width, int height) {
        double left = box[0] + box[2] / 2 - width / 2.0 / scale;
        double top = box[1] + box[3] / 2 - height / 2.0 / scale;
        float[] c = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                c[y * width + x] = sampler.mean(left + x / scale, top + y / scale, left + (x + 1) / scale,
                        top + (y + 1) / scale);
            }
        }
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = c[y * width + x];
                boolean ridge = v >= RIDGE && (ridge(c, width, height, x, y, 1, 0) || ridge(c, width, height, x, y, 0, 1));
                out[y * width + x] = v >= Coverage.HALF || ridge ? WHITE : CLEAR;
            }
        }
        return out;
    }

    private static boolean ridge(float[] c, int width, int height, int x, int y, int dx, int dy) {
        float v = c[y * width + x];
        float before = at(c, width, height, x - dx, y - dy);
        float after = at(c, width, height, x + dx, y + dy);
        return v > before && v >= after || v >= before && v > after;
    }

    private static float at(float[] c, int width, int height, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0 : c[y * width + x];
    }

    /** Whether the mark reaches both edges of the canvas on one axis: trimmed, with no padding left. */
    static boolean touchesAnAxis(int[] pixels, int width, int height) {
        int[] e = extent(pixels, width, height);
        return e != null && (e[0] == width || e[1] == height);
    }

    /** The width and height of the white pixels' bounding box, or null when there are none. */
    private static int[] extent(int[] pixels, int width, int height) {
        int[] box = Extent.of(i -> pixels[i] == WHITE, width, height);
        return box == null ? null : new int[] {box[2], box[3]};
    }
}
