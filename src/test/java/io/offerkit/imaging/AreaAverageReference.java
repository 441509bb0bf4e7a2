package io.offerkit.imaging;

import io.offerkit.imaging.colour.SrgbTransfer;
import io.offerkit.imaging.render.AxisMapping;
import io.offerkit.imaging.render.SlotPlacement;
import io.offerkit.imaging.source.ArgbPixels;
import java.awt.image.BufferedImage;

/**
 * The reference a screenshot is held to: every output pixel the exact area average, in linear light, of the source
 * pixels under it (fractional at the edges), placed by the same {@link SlotPlacement} as the renderer and composited
 * over the background in linear light. No filter of our own: what a perfect box reduction of the capture gives.
 * Opaque sources only (captures are).
 */
final class AreaAverageReference {
    private AreaAverageReference() {
    }

    static BufferedImage of(BufferedImage source, SlotPlacement placement, int slotW, int slotH, int background) {
        int w = source.getWidth();
        int h = source.getHeight();
        int[] argb = ArgbPixels.of(source);
        Axis ax = new Axis(placement.x(), slotW, w);
        Axis ay = new Axis(placement.y(), slotH, h);
        // Horizontal pass: per source row, the linear average of each output column's span.
        double[] rows = new double[h * slotW * 3];
        for (int y = 0; y < h; y++) {
            for (int o = 0; o < slotW; o++) {
                for (int j = ax.first[o]; j < ax.end[o]; j++) {
                    double weight = ax.weight(o, j);
                    int p = argb[y * w + j];
                    int d = (y * slotW + o) * 3;
                    rows[d] += weight * SrgbTransfer.toLinear((p >> 16) & 0xFF);
                    rows[d + 1] += weight * SrgbTransfer.toLinear((p >> 8) & 0xFF);
                    rows[d + 2] += weight * SrgbTransfer.toLinear(p & 0xFF);
                }
            }
        }
        double[] bg = {SrgbTransfer.toLinear((background >> 16) & 0xFF), SrgbTransfer.toLinear((background >> 8) & 0xFF),
            SrgbTransfer.toLinear(background & 0xFF)};
        int[] out = new int[slotW * slotH];
        for (int oy = 0; oy < slotH; oy++) {
            for (int ox = 0; ox < slotW; ox++) {
                double cover = ax.coverage[ox] * ay.coverage[oy];
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double sum = 0;
                    for (int j = ay.first[oy]; j < ay.end[oy]; j++) {
                        sum += ay.weight(oy, j) * rows[(j * slotW + ox) * 3 + c];
                    }
                    double linear = sum * cover + bg[c] * (1 - cover);
                    int code = (int) Math.round(SrgbTransfer.encode(Math.min(1, Math.max(0, linear))) * 255);
                    rgb = rgb << 8 | code;
                }
                out[oy * slotW + ox] = 0xFF000000 | rgb;
            }
        }
        return ArgbPixels.toImage(out, slotW, slotH);
    }

    /** One axis: for each output pixel the source pixels under its span, their overlaps, and its own coverage. */
    private static final class Axis {
        final int[] first;
        final int[] end;
        final double[] from;
        final double[] to;
        final double[] coverage;

        Axis(AxisMapping m, int slotSize, int sourceSize) {
            first = new int[slotSize];
            end = new int[slotSize];
            from = new double[slotSize];
            to = new double[slotSize];
            coverage = new double[slotSize];
            double perSlotPixel = (m.srcEnd() - m.srcStart()) / (m.dstEnd() - m.dstStart());
            for (int o = 0; o < slotSize; o++) {
                double d0 = Math.max(o, m.dstStart());
                double d1 = Math.min(o + 1.0, m.dstEnd());
                if (d1 <= d0) {
                    continue; // outside the placed capture: background only
                }
                coverage[o] = d1 - d0;
                from[o] = Math.max(0, m.srcStart() + (d0 - m.dstStart()) * perSlotPixel);
                to[o] = Math.min(sourceSize, m.srcStart() + (d1 - m.dstStart()) * perSlotPixel);
                first[o] = (int) Math.floor(from[o]);
                end[o] = Math.min(sourceSize, (int) Math.ceil(to[o]));
            }
        }

        /** The share of output pixel o's span that source pixel j covers (the shares add up to 1). */
        double weight(int o, int j) {
            return (Math.min(j + 1.0, to[o]) - Math.max(j, from[o])) / (to[o] - from[o]);
        }
    }
}
