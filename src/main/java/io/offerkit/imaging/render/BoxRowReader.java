package io.offerkit.imaging.render;

import io.offerkit.imaging.colour.SrgbTransfer;
import java.util.Arrays;

/**
 * Reads rows of a non-premultiplied sRGB ARGB source as premultiplied linear-light floats, averaged over exact
 * {@code kx} x {@code ky} pixel blocks. Averaging whole blocks is an exact area filter, so reducing a 4096 px source
 * this way to about twice the slot size before the Lanczos pass costs one cheap pass over the pixels and
 * changes the result far less than one 8-bit level in practice.
 */
final class BoxRowReader {
    private final int[] argb;
    private final int stride;
    private final int left;
    private final int top;
    private final int width;
    private final int height;
    private final int kx;
    private final int ky;

    /**
     * Reads the region {@code [left, left + width) x [top, top + height)} of a source {@code stride} pixels wide.
     * Blocks start at the region's corner and the region's edges are extended, so nothing outside the region
     * (a trimmed margin) leaks into its edge pixels.
     */
    BoxRowReader(int[] argb, int stride, int left, int top, int width, int height, int kx, int ky) {
        this.argb = argb;
        this.stride = stride;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.kx = kx;
        this.ky = ky;
    }

    /**
     * Fills {@code out} with reduced row {@code row}, reduced columns {@code [colStart, colEnd)}, as 4 floats per
     * pixel (premultiplied linear R, G, B, then alpha). Rows and columns outside the region are allowed: they see
     * the region's edge pixels repeated, exactly as a Lanczos pass over the full-resolution region would.
     */
    void readRow(int row, int colStart, int colEnd, float[] out) {
        int n = (colEnd - colStart) * 4;
        Arrays.fill(out, 0, n, 0f);
        for (int dy = 0; dy < ky; dy++) {
            int y = Math.max(0, Math.min(height - 1, row * ky + dy));
            int base = (top + y) * stride + left;
            for (int c = colStart; c < colEnd; c++) {
                int x0 = c * kx;
                int o = (c - colStart) * 4;
                if (x0 < 0 || x0 + kx > width) {
                    for (int x = x0; x < x0 + kx; x++) {
                        add(argb[base + Math.max(0, Math.min(width - 1, x))], out, o);
                    }
                    continue;
                }
                float r = 0;
                float g = 0;
                float b = 0;
                float a = 0;
                for (int x = x0, end = x0 + kx; x < end; x++) {
                    int p = argb[base + x];
                    int alpha = p >>> 24;
                    if (alpha == 0) {
                        continue;
                    }
                    if (alpha == 255) {
                        r += SrgbTransfer.toLinear((p >> 16) & 0xFF);
                        g += SrgbTransfer.toLinear((p >> 8) & 0xFF);
                        b += SrgbTransfer.toLinear(p & 0xFF);
                        a += 1f;
                    } else {
                        float af = alpha * (1f / 255f);
                        r += SrgbTransfer.toLinear((p >> 16) & 0xFF) * af;
                        g += SrgbTransfer.toLinear((p >> 8) & 0xFF) * af;
                        b += SrgbTransfer.toLinear(p & 0xFF) * af;
                        a += af;
                    }
                }
                out[o] += r;
                out[o + 1] += g;
                out[o + 2] += b;
                out[o + 3] += a;
            }
        }
        float norm = 1f / (kx * ky);
        if (norm != 1f) {
            for (int i = 0; i < n; i++) {
                out[i] *= norm;
            }
        }
    }

    private static void add(int p, float[] out, int o) {
        float af = (p >>> 24) * (1f / 255f);
        out[o] += SrgbTransfer.toLinear((p >> 16) & 0xFF) * af;
        out[o + 1] += SrgbTransfer.toLinear((p >> 8) & 0xFF) * af;
        out[o + 2] += SrgbTransfer.toLinear(p & 0xFF) * af;
        out[o + 3] += af;
    }
}
