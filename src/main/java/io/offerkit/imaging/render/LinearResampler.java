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
    /**
     * Above this reduction ratio an exact box pre-reduction brings the source to about this many times the target,
     * libvips' default "reducing gap" too. Lanczos-3 then needs about 12 taps per pixel instead of 18 or more at 3x:
     * half the work, for an SSIM against the pure Lanczos reference of 0.9991 at worst (0.9997 at 3x) on the
     * quality corpus (QualityAgainstImageMagickTest).
     */
    static final int PRE_REDUCTION_TARGET = 2;

    private LinearResampler() {
    }

    /**
     * @return premultiplied linear RGBA, 4 floats per slot pixel; pixels outside the placed rectangle are zero
     */
    public static float[] render(SharedSource source, Rectangle content, AxisMapping mx, AxisMapping my, int slotW,
                          int slotH, boolean preReduce, ProgressMonitor monitor) throws CancelledException {
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
    record Block(Rectangle content, AxisMapping mx, AxisMapping my, int width, int height, boolean preReduce) {
        // Written out: a record's own equals and hashCode are bootstrapped through method handles on first use, which
        // costs a one-logo run of generate ~10 ms of spinning classes; this key is compared on every slot.
        @Override
        public boolean equals(Object o) {
            return o instanceof Block b && width == b.width && height == b.height && preReduce == b.preReduce
                    && content.equals(b.content) && mx.sameAs(b.mx) && my.sameAs(b.my);
        }

        @Override
        public int hashCode() {
            return ((content.hashCode() * 31 + mx.hash()) * 31 + my.hash()) * 31 + (width * 31 + height) * 2
                    + (preReduce ? 1 : 0);
        }
    }

    /** The block's pixels, 4 floats each, row after row. */
    private static float[] block(SharedSource source, Block block, ProgressMonitor monitor) throws CancelledException {
        Rectangle content = block.content();
        AxisMapping mx = block.mx();
        AxisMapping my = block.my();
        int outW = block.width();
        int outH = block.height();
        boolean preReduce = block.preReduce();
        int kx = preReduce ? boxFactor(mx.scale()) : 1;
        int ky = preReduce ? boxFactor(my.scale()) : 1;
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
        for (int r = rowStart; r < rowEnd; r++) {
            monitor.checkCancelled();
            reader.readRow(r, colStart, colEnd, row);
            int t = (r - rowStart) * outW * 4;
            for (int o = 0; o < outW; o++) {
                int tap = o * wx.stride;
                int src = (wx.first[o] - colStart) * 4;
                float sr = 0;
                float sg = 0;
                float sb = 0;
                float sa = 0;
                for (int k = 0, n = wx.count[o]; k < n; k++, src += 4) {
                    float w = wx.weights[tap + k];
                    sr += row[src] * w;
                    sg += row[src + 1] * w;
                    sb += row[src + 2] * w;
                    sa += row[src + 3] * w;
                }
                int lobe = (wx.first[o] + wx.lobeOffset[o] - colStart) * 4;
                int lobeTaps = wx.lobeCount[o];
                tmp[t++] = withinLobe(sr, row, lobe, 4, lobeTaps);
                tmp[t++] = withinLobe(sg, row, lobe + 1, 4, lobeTaps);
                tmp[t++] = withinLobe(sb, row, lobe + 2, 4, lobeTaps);
                tmp[t++] = withinLobe(sa, row, lobe + 3, 4, lobeTaps);
            }
            monitor.progress(0.9 * (r - rowStart + 1) / (rowEnd - rowStart));
        }
        monitor.checkCancelled();

        // Vertical pass, then keep alpha and colour in range and apply the edge coverage.
        for (int o = 0; o < outH; o++) {
            double covY = my.coverage(o);
            int tap = o * wy.stride;
            int firstRow = wy.first[o] - rowStart;
            for (int c = 0; c < outW; c++) {
                float sr = 0;
                float sg = 0;
                float sb = 0;
                float sa = 0;
                int src = (firstRow * outW + c) * 4;
                int step = outW * 4;
                for (int k = 0, n = wy.count[o]; k < n; k++, src += step) {
                    float w = wy.weights[tap + k];
                    sr += tmp[src] * w;
                    sg += tmp[src + 1] * w;
                    sb += tmp[src + 2] * w;
                    sa += tmp[src + 3] * w;
                }
                int lobe = ((firstRow + wy.lobeOffset[o]) * outW + c) * 4;
                int lobeTaps = wy.lobeCount[o];
                sr = withinLobe(sr, tmp, lobe, step, lobeTaps);
                sg = withinLobe(sg, tmp, lobe + 1, step, lobeTaps);
                sb = withinLobe(sb, tmp, lobe + 2, step, lobeTaps);
                sa = withinLobe(sa, tmp, lobe + 3, step, lobeTaps);
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
        return out;
    }

    /** Integer block size that leaves the source at no less than {@link #PRE_REDUCTION_TARGET} times the output. */
    static int boxFactor(double scale) {
        double ratio = 1.0 / scale;
        return ratio < 2 * PRE_REDUCTION_TARGET ? 1 : (int) Math.floor(ratio / PRE_REDUCTION_TARGET);
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
