package io.offerkit.imaging.render;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.source.ArgbPixels;
import java.awt.Rectangle;

/**
 * Separable Lanczos-3 resampling of a source region onto a rectangle of the slot, in linear light on premultiplied
 * alpha (so transparent pixels, whatever colour they hide, never bleed dark or coloured halos into the logo's
 * edges). Output pixels only partly inside the placed rectangle are scaled by their exact coverage, which is what
 * makes a fractional placement look like a correctly anti-aliased edge. Filter taps are confined to the content
 * region (edge-extended there), so a trimmed margin's colour never bleeds into the logo's border. Reducing a large
 * source (a working copy) takes a while: the monitor is told of each row and can stop the work between rows.
 */
public final class LinearResampler {
    private LinearResampler() {
    }

    /**
     * @return premultiplied linear RGBA, 4 floats per slot pixel; pixels outside the placed rectangle are zero
     */
    public static float[] render(SharedSource source, Rectangle content, AxisMapping mx, AxisMapping my, int slotW,
                          int slotH, PreReduction preReduce, ProgressMonitor monitor) throws CancelledException {
        int x0 = mx.firstPixel(slotW);
        int y0 = my.firstPixel(slotH);
        int outW = mx.endPixel(slotW) - x0;
        int outH = my.endPixel(slotH) - y0;
        float[] out = new float[slotW * slotH * 4];
        if (outW <= 0 || outH <= 0) {
            return out;
        }
        // The block is computed from the mapping relative to its own corner, so slots that place the content alike
        // up to whole pixels (a square logo in 115x115 and centred in 255x115) get the same floats and can share
        // the work; the result does not depend on which of them asked first.
        Block key = new Block(new Rectangle(content), mx.shifted(-x0), my.shifted(-y0), outW, outH, preReduce);
        float[] block;
        if (monitor == ProgressMonitor.NONE) {
            block = source.resampled(key, () -> {
                try {
                    return block(source, key, ProgressMonitor.NONE);
                } catch (CancelledException e) {
                    throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
                }
            });
        } else {
            block = block(source, key, monitor); // a live preview's cancellable render: one slot at a time anyway
        }
        for (int row = 0; row < outH; row++) {
            System.arraycopy(block, row * outW * 4, out, ((y0 + row) * slotW + x0) * 4, outW * 4);
        }
        monitor.progress(1);
        return out;
    }

    /** What a resampled block depends on: the content, its mapping relative to the block's corner, the block's size. */
    record Block(Rectangle content, AxisMapping mx, AxisMapping my, int width, int height, PreReduction preReduce) {
        // Written out: a record's own equals and hashCode are bootstrapped through method handles on first use, which
        // costs a one-logo run of generate ~10 ms of spinning classes; this key is compared on every slot.
        @Override
        public boolean equals(Object o) {
            return o instanceof Block b && width == b.width && height == b.height && preReduce == b.preReduce
                    && content.equals(b.content) && mx.sameAs(b.mx) && my.sameAs(b.my);
        }

        @Override
        public int hashCode() {
            return ((content.hashCode() * 31 + mx.hash()) * 31 + my.hash()) * 31 + (width * 31 + height) * 3
                    + preReduce.ordinal();
        }
    }

    /** The block's pixels, 4 floats each, row after row. */
    private static float[] block(SharedSource source, Block block, ProgressMonitor monitor) throws CancelledException {
        Rectangle content = block.content();
        AxisMapping mx = block.mx();
        AxisMapping my = block.my();
        int outW = block.width();
        int outH = block.height();
        PreReduction preReduce = block.preReduce();
        int kx = preReduce.boxFactor(mx.scale());
        int ky = preReduce.boxFactor(my.scale());
        BoxRowReader reader = new BoxRowReader(ArgbPixels.of(source.image().pixels()),
                source.image().width(), content.x, content.y, content.width, content.height, kx, ky);
        float[] out = new float[outW * outH * 4];
        LanczosWeights wx = weights(mx, 0, outW, content.x, kx);
        LanczosWeights wy = weights(my, 0, outH, content.y, ky);

        // Horizontal pass over only the reduced rows and columns the taps touch.
        int colStart = wx.minIndex;
        int colEnd = wx.maxIndexExclusive;
        int rowStart = wy.minIndex;
        int rowEnd = wy.maxIndexExclusive;
        float[] row = new float[(colEnd - colStart) * 4];
        float[] tmp = new float[(rowEnd - rowStart) * outW * 4];
        // Per filtered row, the alpha all its pixels share, or NaN: an opaque capture's rows are all alike.
        float[] rowAlpha = new float[rowEnd - rowStart];
        for (int r = rowStart; r < rowEnd; r++) {
            monitor.checkCancelled();
            reader.readRow(r, colStart, colEnd, row);
            rowAlpha[r - rowStart] = horizontal(row, colStart, wx, outW, tmp, (r - rowStart) * outW * 4);
            monitor.progress(0.9 * (r - rowStart + 1) / (rowEnd - rowStart));
        }
        monitor.checkCancelled();

        // Vertical pass, then keep alpha and colour in range and apply the edge coverage.
        for (int o = 0; o < outH; o++) {
            vertical(tmp, rowAlpha, wy, o, rowStart, mx, my.coverage(o), outW, out);
        }
        return out;
    }

    /**
     * Filters one reduced row into {@code outW} pixels at {@code t} of {@code tmp}; returns the alpha they all share,
     * or NaN. Where every tap of a row has the same alpha, the filtered alpha is that value exactly (the main lobe's
     * range clamps it there), so it is stored without being summed: a quarter less work for an opaque capture, the
     * same floats. Each sum adds its taps in order and takes the lobe's range on the way, as {@link #withinLobe} does.
     */
    private static float horizontal(float[] row, int colStart, LanczosWeights wx, int outW, float[] tmp, int t) {
        float alpha = uniform(row, 3, 4, row.length / 4);
        boolean sumAlpha = Float.isNaN(alpha);
        for (int o = 0; o < outW; o++) {
            int tap = o * wx.stride;
            int src = (wx.first[o] - colStart) * 4;
            colour(row, src, 4, wx, o, tmp, t);
            if (sumAlpha) {
                int from = src + 3;
                float sa = 0;
                for (int i = 0, a = from, n = wx.count[o]; i < n; i++, a += 4) {
                    sa += row[a] * wx.weights[tap + i];
                }
                tmp[t + 3] = withinLobe(sa, row, from + wx.lobeOffset[o] * 4, 4, wx.lobeCount[o]);
            } else {
                tmp[t + 3] = alpha;
            }
            t += 4;
        }
        return alpha;
    }

    /** Output row {@code o} from the filtered rows: the vertical taps, the lobe's range, the clamps and coverage. */
    private static void vertical(float[] tmp, float[] rowAlpha, LanczosWeights wy, int o, int rowStart,
                                 AxisMapping mx, double covY, int outW, float[] out) {
        int tap = wy.stride * o;
        int firstRow = wy.first[o] - rowStart;
        int n = wy.count[o];
        float alpha = uniform(rowAlpha, firstRow, 1, n);
        int step = outW * 4;
        float[] rgb = new float[3];
        for (int c = 0; c < outW; c++) {
            colour(tmp, (firstRow * outW + c) * 4, step, wy, o, rgb, 0);
            float sr = rgb[0];
            float sg = rgb[1];
            float sb = rgb[2];
            float sa = alpha;
            if (Float.isNaN(alpha)) {
                int from = (firstRow * outW + c) * 4 + 3;
                sa = 0;
                for (int i = 0, a = from; i < n; i++, a += step) {
                    sa += tmp[a] * wy.weights[tap + i];
                }
                sa = withinLobe(sa, tmp, from + wy.lobeOffset[o] * step, step, wy.lobeCount[o]);
            }
            float cov = (float) (covY * mx.coverage(c));
            // Lanczos overshoots at hard edges: alpha stays within 0..1 and premultiplied colour within
            // 0..alpha, otherwise un-premultiplying would invent colours brighter than white.
            sa = clamp(sa, 1f);
            int d = (o * outW + c) * 4;
            out[d] = clamp(sr, sa) * cov;
            out[d + 1] = clamp(sg, sa) * cov;
            out[d + 2] = clamp(sb, sa) * cov;
            out[d + 3] = sa * cov;
        }
    }

    /**
     * The three colour channels of one output pixel from its taps, {@code step} floats apart from {@code src}: each sum
     * adds the taps in order and takes the main lobe's range on the way, then is kept within it (see
     * {@link #withinLobe}); written to {@code dst[d..d+2]}.
     */
    private static void colour(float[] data, int src, int step, LanczosWeights w, int o, float[] dst, int d) {
        int tap = o * w.stride;
        int n = w.count[o];
        int lobeFrom = w.lobeOffset[o];
        int lobeTo = lobeFrom + w.lobeCount[o];
        float sr = 0;
        float sg = 0;
        float sb = 0;
        int k = 0;
        for (; k < lobeFrom; k++, src += step) {
            float x = w.weights[tap + k];
            sr += data[src] * x;
            sg += data[src + 1] * x;
            sb += data[src + 2] * x;
        }
        float loR = data[src];
        float hiR = loR;
        float loG = data[src + 1];
        float hiG = loG;
        float loB = data[src + 2];
        float hiB = loB;
        for (; k < lobeTo; k++, src += step) {
            float x = w.weights[tap + k];
            float r = data[src];
            float g = data[src + 1];
            float b = data[src + 2];
            sr += r * x;
            sg += g * x;
            sb += b * x;
            loR = Math.min(loR, r);
            hiR = Math.max(hiR, r);
            loG = Math.min(loG, g);
            hiG = Math.max(hiG, g);
            loB = Math.min(loB, b);
            hiB = Math.max(hiB, b);
        }
        for (; k < n; k++, src += step) {
            float x = w.weights[tap + k];
            sr += data[src] * x;
            sg += data[src + 1] * x;
            sb += data[src + 2] * x;
        }
        dst[d] = sr < loR ? loR : Math.min(sr, hiR);
        dst[d + 1] = sg < loG ? loG : Math.min(sg, hiG);
        dst[d + 2] = sb < loB ? loB : Math.min(sb, hiB);
    }

    /** The value every {@code step}-th float from {@code from} shares ({@code n} of them), or NaN when they differ. */
    private static float uniform(float[] data, int from, int step, int n) {
        float first = data[from];
        for (int i = 1, at = from + step; i < n; i++, at += step) {
            if (Float.compare(data[at], first) != 0) {
                return Float.NaN;
            }
        }
        return first;
    }

    /** Taps in reduced-region coordinates: source coordinate minus the region's start, divided by the block size. */
    private static LanczosWeights weights(AxisMapping m, int first, int count, int regionStart, int k) {
        double[] centers = new double[count];
        for (int i = 0; i < count; i++) {
            centers[i] = (m.toSource(first + i + 0.5) - regionStart) / k;
        }
        return new LanczosWeights(count, centers, m.scale() * k);
    }

    /**
     * Anti-ringing: the filtered value, kept between the smallest and largest source values under the kernel's main
     * lobe. Lanczos' negative lobes otherwise draw a dark rim beside every bright stroke (and a light one beside dark
     * strokes); in linear light that undershoot is strongly darkened again by the sRGB curve, so a white line on a
     * colour tile at 40x40 gets a visible outline. Clamping to the lobe's range removes the rim and keeps the edge
     * as steep as the filter made it.
     */
    private static float withinLobe(float v, float[] data, int from, int step, int n) {
        float lo = data[from];
        float hi = lo;
        for (int k = 1, i = from + step; k < n; k++, i += step) {
            float x = data[i];
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return v < lo ? lo : Math.min(v, hi);
    }

    private static float clamp(float v, float max) {
        return v < 0f ? 0f : Math.min(v, max);
    }
}
