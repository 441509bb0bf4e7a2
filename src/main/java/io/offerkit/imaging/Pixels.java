package io.offerkit.imaging;

/** Small facts about ARGB pixel arrays. */
final class Pixels {
    private Pixels() {
    }

    static boolean alphaUsed(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 0xFF) {
                return true;
            }
        }
        return false;
    }
}
