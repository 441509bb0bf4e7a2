package io.offerkit.imaging.render;

/**
 * The colour a capture's own edges are mostly made of (a window's background, a page's margin): what a letterboxed
 * screenshot is padded with by default, so the bands read as part of the capture instead of as black bars. Border
 * pixels are grouped by colour to 4 bits a channel (anti-aliasing and compression noise fall in with their colour);
 * the most common group wins and its exact mean is returned, opaque.
 */
public final class EdgeColour {
    /** How deep into the image the border is sampled, in pixels. */
    private static final int DEPTH = 2;
    private static final int GROUPS = 1 << 12;

    private EdgeColour() {
    }

    /** The edge colour of the pixels (row by row, {@code width} per row) as opaque ARGB; white for an empty image. */
    public static int of(int[] argb, int width, int height) {
        int[] count = new int[GROUPS];
        long[] red = new long[GROUPS];
        long[] green = new long[GROUPS];
        long[] blue = new long[GROUPS];
        int depth = Math.min(DEPTH, Math.min(width, height));
        for (int y = 0; y < height; y++) {
            boolean band = y < depth || y >= height - depth;
            for (int x = 0; x < width; x++) {
                if (!band && x == depth && width - depth > depth) {
                    x = width - depth; // skip the inside of the row
                }
                int p = argb[y * width + x];
                if (p >>> 24 < 128) {
                    continue; // transparent edges say nothing about the colour
                }
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                int group = (r >> 4) << 8 | (g >> 4) << 4 | b >> 4;
                count[group]++;
                red[group] += r;
                green[group] += g;
                blue[group] += b;
            }
        }
        int best = -1;
        for (int group = 0; group < GROUPS; group++) {
            if (count[group] > 0 && (best < 0 || count[group] > count[best])) {
                best = group;
            }
        }
        if (best < 0) {
            return 0xFFFFFFFF;
        }
        int n = count[best];
        return 0xFF000000 | (int) ((red[best] + n / 2) / n) << 16 | (int) ((green[best] + n / 2) / n) << 8
                | (int) ((blue[best] + n / 2) / n);
    }
}
