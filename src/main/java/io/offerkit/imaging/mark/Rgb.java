package io.offerkit.imaging.mark;

import java.util.Arrays;

/** Colour arithmetic on packed sRGB: distances and the per-channel median of a set of pixels. */
final class Rgb {
    /** Colours closer than this (Euclidean, 0..441) are the same colour: JPEG noise and gentle shading stay inside. */
    static final double SAME = 28;

    private Rgb() {
    }

    static double distance(int a, int b) {
        int dr = ((a >> 16) & 0xFF) - ((b >> 16) & 0xFF);
        int dg = ((a >> 8) & 0xFF) - ((b >> 8) & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    /** The per-channel median of the colours (alpha ignored), as 0xRRGGBB; 0 for none. */
    static int median(int[] colours, int count) {
        if (count == 0) {
            return 0;
        }
        int[] channel = new int[count];
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            for (int i = 0; i < count; i++) {
                channel[i] = (colours[i] >> shift) & 0xFF;
            }
            Arrays.sort(channel);
            rgb |= channel[count / 2] << shift;
        }
        return rgb;
    }

    /** The share of the colours within {@link #SAME} of {@code centre}. */
    static double shareNear(int[] colours, int count, int centre) {
        int near = 0;
        for (int i = 0; i < count; i++) {
            if (distance(colours[i], centre) <= SAME) {
                near++;
            }
        }
        return count == 0 ? 0 : (double) near / count;
    }
}
