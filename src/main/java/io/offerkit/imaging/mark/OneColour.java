package io.offerkit.imaging.mark;

/** Whether a supplied mark is drawn in one colour: its fully covered, opaque pixels nearly all alike. */
final class OneColour {
    private static final double ALIKE = 0.9;

    private OneColour() {
    }

    /** Null for a one-colour mark; else its two main colours in words ("#1E88E5 and #FDD835"). */
    static String problem(int[] argb, MarkMask mask) {
        int[] core = new int[argb.length];
        int count = 0;
        for (int i = 0; i < argb.length; i++) {
            if (mask.coverage()[i] >= 0.99f && argb[i] >>> 24 >= 255 - Border.CLEAR) {
                core[count++] = argb[i];
            }
        }
        int main = Rgb.median(core, count);
        if (count == 0 || Rgb.shareNear(core, count, main) >= ALIKE) {
            return null;
        }
        int others = 0;
        for (int i = 0; i < count; i++) {
            if (Rgb.distance(core[i], main) > Rgb.SAME) {
                core[others++] = core[i];
            }
        }
        return String.format("#%06X and #%06X", main, Rgb.median(core, others));
    }
}
