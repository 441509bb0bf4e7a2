package io.offerkit.imaging.source;

/** Small facts about ARGB pixel arrays. */
public final class Pixels {
    private Pixels() {
    }

    public static boolean alphaUsed(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 0xFF) {
                return true;
            }
        }
        return false;
    }
}
