package io.offerkit.imaging;

/**
 * Reads rows of a non-premultiplied sRGB ARGB source as premultiplied linear-light floats, averaged over exact
 * {@code kx} x {@code ky} pixel blocks. Averaging whole blocks is an exact area filter, so reducing a 4096 px source
 * this way to about three times the slot size before the Lanczos pass costs one cheap pass over the pixels and
 * changes the result far less than one 8-bit level in practice. Blocks that run past the right or bottom edge
 * repeat the edge pixel, matching the Lanczos pass's edge extension.
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

    int reducedWidth() {
        return (width + kx - 1) / kx;
    }

    int reducedHeight() {
        return (height + ky - 1) / ky;
    }

    /**
     * Fills {@code out} with reduced row {@code row}, reduced columns {@code [colStart, colEnd)}, as 4 floats per
     * pixel (premultiplied linear R, G, B, then alpha).
     */
    void readRow(int row, int colStart, int colEnd, float[] out) {
        int n = (colEnd - colStart) * 4;
        java.util.Arrays.fill(out, 0, n, 0f);
        int y0 = row * ky;
        for (int dy = 0; dy < ky; dy++) {
            int y = Math.min(height - 1, y0 + dy);
            int base = (top + y) * stride + left;
            for (int c = colStart; c < colEnd; c++) {
                int x0 = c * kx;
                int o = (c - colStart) * 4;
                float r = 0;
                float g = 0;
                float b = 0;
                float a = 0;
                int xEnd = Math.min(width, x0 + kx);
                for (int x = x0; x < xEnd; x++) {
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
                int missing = x0 + kx - xEnd;
                if (missing > 0) {
                    // Edge extension: the last pixel stands in for the columns past the edge.
                    int p = argb[base + width - 1];
                    float af = (p >>> 24) * (1f / 255f);
                    r += SrgbTransfer.toLinear((p >> 16) & 0xFF) * af * missing;
                    g += SrgbTransfer.toLinear((p >> 8) & 0xFF) * af * missing;
                    b += SrgbTransfer.toLinear(p & 0xFF) * af * missing;
                    a += af * missing;
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
}
