package io.offerkit.imaging.render;

import io.offerkit.imaging.colour.SrgbTransfer;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.stream.IntStream;

/**
 * A cheap resampler for a preview during a drag: the region's whole pixels are box-reduced by a whole factor to at
 * least the output's size, then sampled bilinearly, in linear light with premultiplied alpha; rows are split across
 * the cores. Output: premultiplied linear RGBA floats, as {@link LinearResampler} gives them.
 */
public final class DraftResampler {
    private static final float[] LINEAR = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LINEAR[i] = SrgbTransfer.toLinear(i);
        }
    }

    private DraftResampler() {
    }

    public static float[] render(int[] argb, int width, int height, Rectangle2D region, int outW, int outH) {
        Rectangle box = region.getBounds().intersection(new Rectangle(0, 0, width, height));
        int k = Math.max(1, (int) Math.min(box.width / outW, box.height / outH));
        int rw = Math.max(1, box.width / k);
        int rh = Math.max(1, box.height / k);
        float[] reduced = new float[rw * rh * 4];
        IntStream.range(0, rh).parallel().forEach(ry -> reduceRow(argb, width, box, k, rw, ry, reduced));
        double stepX = region.getWidth() / outW / k;
        double stepY = region.getHeight() / outH / k;
        double startX = (region.getX() - box.x) / k;
        double startY = (region.getY() - box.y) / k;
        float[] out = new float[outW * outH * 4];
        IntStream.range(0, outH).parallel().forEach(oy -> {
            double sy = Math.min(rh - 1, Math.max(0, startY + (oy + 0.5) * stepY - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(rh - 1, y0 + 1);
            float fy = (float) (sy - y0);
            for (int ox = 0; ox < outW; ox++) {
                double sx = Math.min(rw - 1, Math.max(0, startX + (ox + 0.5) * stepX - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(rw - 1, x0 + 1);
                float fx = (float) (sx - x0);
                int a = (y0 * rw + x0) * 4;
                int b = (y0 * rw + x1) * 4;
                int c = (y1 * rw + x0) * 4;
                int d = (y1 * rw + x1) * 4;
                int o = (oy * outW + ox) * 4;
                for (int ch = 0; ch < 4; ch++) {
                    float top = reduced[a + ch] + (reduced[b + ch] - reduced[a + ch]) * fx;
                    float bottom = reduced[c + ch] + (reduced[d + ch] - reduced[c + ch]) * fx;
                    out[o + ch] = top + (bottom - top) * fy;
                }
            }
        });
        return out;
    }

    private static void reduceRow(int[] argb, int width, Rectangle box, int k, int rw, int ry, float[] reduced) {
        float norm = 1f / (k * k);
        for (int rx = 0; rx < rw; rx++) {
            float r = 0;
            float g = 0;
            float b = 0;
            float alpha = 0;
            for (int y = box.y + ry * k, yEnd = y + k; y < yEnd; y++) {
                for (int x = box.x + rx * k, xEnd = x + k; x < xEnd; x++) {
                    int p = argb[y * width + x];
                    float a = (p >>> 24) / 255f;
                    r += LINEAR[(p >> 16) & 0xFF] * a;
                    g += LINEAR[(p >> 8) & 0xFF] * a;
                    b += LINEAR[p & 0xFF] * a;
                    alpha += a;
                }
            }
            int o = (ry * rw + rx) * 4;
            reduced[o] = r * norm;
            reduced[o + 1] = g * norm;
            reduced[o + 2] = b * norm;
            reduced[o + 3] = alpha * norm;
        }
    }
}
