package io.offerkit.imaging.png;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Reduces an image to at most {@code n} colours (median cut, no dithering) so the PNG encoder can store it as a
 * palette: the fallback for a screenshot whose lossless PNG is over a byte limit. No dithering because a capture is
 * mostly flat UI and text, which dithering would sprinkle with noise. The most common colours (a page, a bar) come
 * out as they were: boxes are split by pixel count times spread, so a flat area soon has a box of its own, and a
 * box's colour is the exact mean of its pixels (PngWithinLimitTest checks the page and the bar).
 * Colours are grouped to 5 bits a channel (and alpha to 3) to build the boxes; each pixel is then mapped to the
 * palette entry nearest its group's exact mean.
 */
public final class PaletteReduction {
    private static final int BINS = 1 << 18; // r5 g5 b5 a3

    private PaletteReduction() {
    }

    /** The pixels mapped to at most {@code colours} colours (2..256); the input is not changed. */
    public static int[] reduce(int[] argb, int colours) {
        if (colours < 2 || colours > 256) {
            throw new IllegalArgumentException("a palette holds 2 to 256 colours, not " + colours);
        }
        Histogram histogram = Histogram.of(argb);
        List<Box> boxes = medianCut(histogram, colours);
        int[] palette = new int[boxes.size()];
        for (int i = 0; i < palette.length; i++) {
            palette[i] = boxes.get(i).mean(histogram);
        }
        int[] nearest = new int[BINS];
        Arrays.fill(nearest, -1);
        int[] out = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int bin = bin(argb[i]);
            if (nearest[bin] < 0) {
                nearest[bin] = nearestEntry(palette, histogram.mean(bin));
            }
            out[i] = palette[nearest[bin]];
        }
        return out;
    }

    static int bin(int p) {
        return ((p >>> 29) << 15) | (((p >> 19) & 31) << 10) | (((p >> 11) & 31) << 5) | ((p >> 3) & 31);
    }

    private static int channel(int bin, int c) {
        return c == 3 ? bin >>> 15 : (bin >> (c * 5)) & 31; // c: 0 blue, 1 green, 2 red, 3 alpha
    }

    private static List<Box> medianCut(Histogram h, int colours) {
        List<Box> done = new ArrayList<>();
        PriorityQueue<Box> queue = new PriorityQueue<>(Comparator.comparingLong(Box::priority).reversed());
        queue.add(new Box(h.usedBins(), h));
        while (!queue.isEmpty() && queue.size() + done.size() < colours) {
            Box box = queue.poll();
            if (box.bins.length < 2) {
                done.add(box);
                continue;
            }
            Box[] halves = box.split(h);
            queue.add(halves[0]);
            queue.add(halves[1]);
        }
        done.addAll(queue);
        return done;
    }

    private static int nearestEntry(int[] palette, int colour) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            long d = distance(palette[i], colour);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Squared distance, with the green channel weighted as the eye weighs it. */
    private static long distance(int a, int b) {
        long da = (a >>> 24) - (b >>> 24);
        long dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        long dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        long db = (a & 0xFF) - (b & 0xFF);
        return 3 * da * da + 2 * dr * dr + 4 * dg * dg + db * db;
    }

    /** Pixel counts and channel sums per colour group. */
    private static final class Histogram {
        final int[] count = new int[BINS];
        final long[][] sum = new long[4][BINS]; // a, r, g, b

        static Histogram of(int[] argb) {
            Histogram h = new Histogram();
            for (int p : argb) {
                int bin = bin(p);
                h.count[bin]++;
                h.sum[0][bin] += p >>> 24;
                h.sum[1][bin] += (p >> 16) & 0xFF;
                h.sum[2][bin] += (p >> 8) & 0xFF;
                h.sum[3][bin] += p & 0xFF;
            }
            return h;
        }

        int[] usedBins() {
            int n = 0;
            for (int c : count) {
                n += c > 0 ? 1 : 0;
            }
            int[] bins = new int[n];
            for (int bin = 0, i = 0; bin < BINS; bin++) {
                if (count[bin] > 0) {
                    bins[i++] = bin;
                }
            }
            return bins;
        }

        int mean(int bin) {
            return meanOf(new int[] {bin});
        }

        int meanOf(int[] bins) {
            long n = 0;
            long[] s = new long[4];
            for (int bin : bins) {
                n += count[bin];
                for (int c = 0; c < 4; c++) {
                    s[c] += sum[c][bin];
                }
            }
            int a = (int) ((s[0] + n / 2) / n);
            return a << 24 | (int) ((s[1] + n / 2) / n) << 16 | (int) ((s[2] + n / 2) / n) << 8 | (int) ((s[3] + n / 2) / n);
        }
    }

    /** A set of colour groups that will become one palette entry. */
    private static final class Box {
        final int[] bins;
        final long pixels;
        final int widest;
        final int range;

        Box(int[] bins, Histogram h) {
            this.bins = bins;
            long n = 0;
            int[] min = {31, 31, 31, 7};
            int[] max = {0, 0, 0, 0};
            for (int bin : bins) {
                n += h.count[bin];
                for (int c = 0; c < 4; c++) {
                    min[c] = Math.min(min[c], channel(bin, c));
                    max[c] = Math.max(max[c], channel(bin, c));
                }
            }
            this.pixels = n;
            int best = 0;
            int bestRange = -1;
            for (int c = 0; c < 4; c++) {
                int r = (max[c] - min[c]) * (c == 3 ? 4 : c == 1 ? 2 : 1); // alpha and green matter most
                if (r > bestRange) {
                    bestRange = r;
                    best = c;
                }
            }
            this.widest = best;
            this.range = bestRange;
        }

        /** Big, wide boxes are split first: that is where one mean colour is furthest from its pixels. */
        long priority() {
            return bins.length < 2 ? -1 : pixels * (range + 1);
        }

        int mean(Histogram h) {
            return h.meanOf(bins);
        }

        /** Two halves along the widest channel, cut where half the pixels lie on each side. */
        Box[] split(Histogram h) {
            Integer[] sorted = new Integer[bins.length];
            for (int i = 0; i < bins.length; i++) {
                sorted[i] = bins[i];
            }
            Arrays.sort(sorted, Comparator.comparingInt(bin -> channel(bin, widest)));
            long half = pixels / 2;
            long seen = 0;
            int cut = 1;
            for (int i = 0; i < sorted.length - 1; i++) {
                seen += h.count[sorted[i]];
                cut = i + 1;
                if (seen >= half) {
                    break;
                }
            }
            int[] left = new int[cut];
            int[] right = new int[sorted.length - cut];
            for (int i = 0; i < sorted.length; i++) {
                if (i < cut) {
                    left[i] = sorted[i];
                } else {
                    right[i - cut] = sorted[i];
                }
            }
            return new Box[] {new Box(left, h), new Box(right, h)};
        }
    }
}
