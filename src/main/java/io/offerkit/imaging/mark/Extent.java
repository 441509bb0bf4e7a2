package io.offerkit.imaging.mark;

import java.util.function.IntPredicate;

/** The bounding box of the pixels of a width x height grid that a test picks, by index (row by row). */
final class Extent {
    private Extent() {
    }

    /** {x, y, width, height} of the picked pixels, or null when none is picked. */
    static int[] of(IntPredicate picked, int width, int height) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (picked.test(y * width + x)) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX - minX + 1, maxY - minY + 1};
    }
}
