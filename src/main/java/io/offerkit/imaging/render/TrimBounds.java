package io.offerkit.imaging.render;

import java.awt.Rectangle;

/**
 * Finds the logo inside its margins: fully transparent margins on a source with transparency, or margins of one
 * flat colour (the top-left pixel's, within a small tolerance for JPEG noise) on an opaque source.
 */
public final class TrimBounds {
    /** Per-channel difference still counted as the margin's colour; JPEG ringing on flat white stays within it. */
    static final int FLAT_TOLERANCE = 6;

    private TrimBounds() {
    }

    /** The bounds of the content; the whole image when nothing can be trimmed or nothing would be left. */
    public static Rectangle find(int[] argb, int width, int height) {
        int corner = argb[0];
        int cornerAlpha = corner >>> 24;
        PixelTest margin;
        if (cornerAlpha == 0) {
            margin = p -> (p >>> 24) == 0;
        } else if (cornerAlpha == 255 && isOpaque(argb)) {
            margin = p -> close(p, corner);
        } else {
            return new Rectangle(0, 0, width, height);
        }
        int top = 0;
        while (top < height && rowIs(argb, width, top, margin)) {
            top++;
        }
        if (top == height) {
            return new Rectangle(0, 0, width, height); // all margin: nothing to keep, do not trim to nothing
        }
        int bottom = height - 1;
        while (bottom > top && rowIs(argb, width, bottom, margin)) {
            bottom--;
        }
        int left = 0;
        while (left < width && columnIs(argb, width, left, top, bottom, margin)) {
            left++;
        }
        int right = width - 1;
        while (right > left && columnIs(argb, width, right, top, bottom, margin)) {
            right--;
        }
        return new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }

    private interface PixelTest {
        boolean test(int argb);
    }

    private static boolean isOpaque(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 255) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(int p, int q) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) <= FLAT_TOLERANCE
                && Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) <= FLAT_TOLERANCE
                && Math.abs((p & 0xFF) - (q & 0xFF)) <= FLAT_TOLERANCE;
    }

    private static boolean rowIs(int[] argb, int width, int y, PixelTest test) {
        for (int x = 0, i = y * width; x < width; x++, i++) {
            if (!test.test(argb[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean columnIs(int[] argb, int width, int x, int top, int bottom, PixelTest test) {
        for (int y = top; y <= bottom; y++) {
            if (!test.test(argb[y * width + x])) {
                return false;
            }
        }
        return true;
    }
}
