package io.offerkit.imaging.render;

import io.offerkit.project.Redaction;
import java.util.Arrays;
import java.util.List;

/**
 * Burns redactions into a copy of a source's pixels, before anything is resampled: a filled rectangle becomes one
 * opaque colour, a pixelated one coarse opaque blocks of the average colour under each block (weighted by alpha, so
 * a transparent edge does not darken it). Blocks are laid from the rectangle's own corner, so moving the framing
 * never shifts them.
 */
public final class Redactions {
    /** The fill colour: a neutral dark grey reads as "hidden" on light and dark captures alike. */
    public static final int FILL = 0xFF3C3C3C;

    private Redactions() {
    }

    /** The pixels with every redaction burnt in; the input array is left as it was. */
    public static int[] apply(int[] argb, int width, int height, List<Redaction> redactions) {
        if (redactions.isEmpty()) {
            return argb;
        }
        int[] out = argb.clone();
        for (Redaction r : redactions) {
            Redaction cut = r.within(width, height);
            if (cut == null) {
                continue;
            }
            if (cut.style() == Redaction.Style.FILL) {
                fill(out, width, cut.x(), cut.y(), cut.width(), cut.height(), FILL);
            } else {
                pixelate(out, width, cut, r.blockSize());
            }
        }
        return out;
    }

    private static void pixelate(int[] argb, int stride, Redaction r, int block) {
        for (int by = r.y(); by < r.y() + r.height(); by += block) {
            int h = Math.min(block, r.y() + r.height() - by);
            for (int bx = r.x(); bx < r.x() + r.width(); bx += block) {
                int w = Math.min(block, r.x() + r.width() - bx);
                fill(argb, stride, bx, by, w, h, average(argb, stride, bx, by, w, h));
            }
        }
    }

    /** The alpha-weighted mean colour of a block, made opaque (a see-through block would let the capture show). */
    private static int average(int[] argb, int stride, int x, int y, int w, int h) {
        long a = 0;
        long r = 0;
        long g = 0;
        long b = 0;
        for (int row = y; row < y + h; row++) {
            for (int i = row * stride + x, end = i + w; i < end; i++) {
                int p = argb[i];
                int alpha = p >>> 24;
                a += alpha;
                r += (long) ((p >> 16) & 0xFF) * alpha;
                g += (long) ((p >> 8) & 0xFF) * alpha;
                b += (long) (p & 0xFF) * alpha;
            }
        }
        if (a == 0) {
            return FILL;
        }
        return 0xFF000000 | (int) ((r + a / 2) / a) << 16 | (int) ((g + a / 2) / a) << 8 | (int) ((b + a / 2) / a);
    }

    private static void fill(int[] argb, int stride, int x, int y, int w, int h, int colour) {
        for (int row = y; row < y + h; row++) {
            Arrays.fill(argb, row * stride + x, row * stride + x + w, colour);
        }
    }
}
