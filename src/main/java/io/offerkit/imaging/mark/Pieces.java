package io.offerkit.imaging.mark;

/**
 * Counts the separate pieces of a mark (8-connected, at least half covered) on a grid of at most ~512 pixels a side:
 * enough to tell letters (dozens) from noise (thousands), without a label per pixel of a large source.
 */
final class Pieces {
    private static final int GRID = 512;

    private Pieces() {
    }

    /** The number of pieces, counting no further than {@code limit}. */
    static int count(MarkMask mask, int limit) {
        int step = Math.max(1, (Math.max(mask.width(), mask.height()) + GRID - 1) / GRID);
        int w = (mask.width() + step - 1) / step;
        int h = (mask.height() + step - 1) / step;
        boolean[] in = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                in[y * w + x] = mask.at(x * step, y * step) >= Coverage.HALF;
            }
        }
        int[] stack = new int[w * h];
        int pieces = 0;
        for (int start = 0; start < in.length && pieces < limit; start++) {
            if (!in[start]) {
                continue;
            }
            pieces++;
            int top = 0;
            stack[top++] = start;
            in[start] = false;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && in[ny * w + nx]) {
                            in[ny * w + nx] = false;
                            stack[top++] = ny * w + nx;
                        }
                    }
                }
            }
        }
        return pieces;
    }
}
