package io.offerkit.imaging.mark;

/**
 * Whether what stands apart from a background is a picture rather than a mark. A logo's colours are flat or change
 * smoothly (a gradient), so a pixel of the mark is nearly always its neighbour's colour, except along its edges; in a
 * photo most neighbours differ. The share of such pixels tells them apart.
 */
final class Texture {
    /** More of the mark than this differing from its right-hand neighbour is a photo's texture. */
    private static final double MAX_ROUGH = 0.25;

    private Texture() {
    }

    static boolean isPicture(int[] argb, MarkMask mask) {
        int w = mask.width();
        int inside = 0;
        int rough = 0;
        for (int y = 0; y < mask.height(); y++) {
            for (int x = 0; x + 1 < w; x++) {
                int i = y * w + x;
                if (mask.coverage()[i] >= 0.99f && mask.coverage()[i + 1] >= 0.99f) {
                    inside++;
                    if (Rgb.distance(argb[i], argb[i + 1]) > Rgb.SAME) {
                        rough++;
                    }
                }
            }
        }
        return inside > 0 && rough > MAX_ROUGH * inside;
    }
}
