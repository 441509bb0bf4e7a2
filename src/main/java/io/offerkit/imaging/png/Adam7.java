package io.offerkit.imaging.png;

import java.util.ArrayList;
import java.util.List;

/** The seven passes of Adam7 interlacing, as an image of a given size holds them. */
final class Adam7 {
    private static final int[][] PASSES = { // x start, y start, x step, y step
        {0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};

    private Adam7() {
    }

    /**
     * One pass: its pixels are those at {@code (x0 + i * dx, y0 + j * dy)}, {@code width x height} of them.
     */
    record Pass(int x0, int y0, int dx, int dy, int width, int height) {
        /** Bytes of one filtered row of this pass, without its filter-type byte. */
        long rowBytes(int bitsPerPixel) {
            return ((long) width * bitsPerPixel + 7) / 8;
        }

        /** Bytes of the whole pass in the inflated stream, filter-type bytes included. */
        long bytes(int bitsPerPixel) {
            return height * (1 + rowBytes(bitsPerPixel));
        }
    }

    /** The passes that hold pixels, in file order (a small image leaves some of the seven empty). */
    static List<Pass> passes(int width, int height) {
        List<Pass> passes = new ArrayList<>(PASSES.length);
        for (int[] p : PASSES) {
            int w = (width - p[0] + p[2] - 1) / p[2];
            int h = (height - p[1] + p[3] - 1) / p[3];
            if (w > 0 && h > 0) {
                passes.add(new Pass(p[0], p[1], p[2], p[3], w, h));
            }
        }
        return passes;
    }
}
