package io.offerkit.imaging.mark;

/**
 * The mean coverage of any rectangle of a mask (source pixels, fractional), exactly: a summed-area table, whose
 * bilinear interpolation is exact for pixels of constant coverage. A large mask is first averaged down in whole
 * blocks to at most {@value #MAX_SIDE} pixels a side, far more than an icon needs and a table of a few MB.
 */
final class CoverageSampler {
    private static final int MAX_SIDE = 1024;
    private final int step;
    private final int w;
    private final int h;
    private final double[] table;
    private final float[] reduced;

    CoverageSampler(MarkMask mask) {
        step = Math.max(1, (Math.max(mask.width(), mask.height()) + MAX_SIDE - 1) / MAX_SIDE);
        w = (mask.width() + step - 1) / step;
        h = (mask.height() + step - 1) / step;
        reduced = new float[w * h];
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x < mask.width(); x++) {
                reduced[(y / step) * w + x / step] += mask.at(x, y) / (step * step);
            }
        }
        table = new double[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double row = 0;
            for (int x = 0; x < w; x++) {
                row += reduced[y * w + x];
                table[(y + 1) * (w + 1) + x + 1] = table[y * (w + 1) + x + 1] + row;
            }
        }
    }

    /** The mark's bounding box {x, y, width, height} in source pixels: where it is at least half covered. */
    double[] bounds() {
        int[] box = Extent.of(i -> reduced[i] >= Coverage.HALF, w, h);
        if (box == null) {
            return new double[] {0, 0, w * step, h * step};
        }
        return new double[] {box[0] * step, box[1] * step, box[2] * step, box[3] * step};
    }

    /** The mean coverage over [x0, x1) x [y0, y1) in source pixels; outside the mask counts as uncovered. */
    float mean(double x0, double y0, double x1, double y1) {
        double area = (x1 - x0) * (y1 - y0);
        double sum = sum(x1, y1) - sum(x0, y1) - sum(x1, y0) + sum(x0, y0);
        return (float) (sum / area);
    }

    /** The total coverage of [0, x) x [0, y), in source pixels. */
    private double sum(double x, double y) {
        double gx = Math.max(0, Math.min(w, x / step));
        double gy = Math.max(0, Math.min(h, y / step));
        int ix = Math.min((int) gx, w - 1);
        int iy = Math.min((int) gy, h - 1);
        double fx = gx - ix;
        double fy = gy - iy;
        double s00 = table[iy * (w + 1) + ix];
        double s10 = table[iy * (w + 1) + ix + 1];
        double s01 = table[(iy + 1) * (w + 1) + ix];
        double s11 = table[(iy + 1) * (w + 1) + ix + 1];
        double top = s00 + (s10 - s00) * fx;
        double bottom = s01 + (s11 - s01) * fx;
        return (top + (bottom - top) * fy) * step * step;
    }
}
