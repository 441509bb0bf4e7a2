package io.offerkit.imaging.render;

/**
 * The optional light sharpening of a slot: a mild unsharp mask (a 3x3 binomial blur, about 0.7 px of radius) on the
 * premultiplied linear-light pixels, right after the slot is resampled. Each result is clamped to the range its own
 * 3x3 neighbourhood had before: an edge gets steeper, but no pixel becomes darker or lighter than a pixel next to it
 * already was, so there are no dark or light rings around thin strokes, and colour never bleeds out of a transparent
 * edge (the colour channels and alpha move together, premultiplied colour stays within 0..alpha).
 */
public final class LightSharpening {
    /** How much of the difference from the blurred image is added back: mild, a small slot must not look etched. */
    static final float AMOUNT = 0.6f;

    private LightSharpening() {
    }

    /**
     * Sharpens {@code rgba} (premultiplied linear RGBA, 4 floats per pixel, {@code width x height}) in place.
     */
    public static void apply(float[] rgba, int width, int height) {
        if (width < 2 && height < 2) {
            return;
        }
        float[] src = rgba.clone();
        int[] rows = new int[3];
        int[] cols = new int[3];
        for (int y = 0; y < height; y++) {
            rows[0] = Math.max(0, y - 1) * width; // the image's edge pixels are repeated beyond it
            rows[1] = y * width;
            rows[2] = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                cols[0] = Math.max(0, x - 1);
                cols[1] = x;
                cols[2] = Math.min(width - 1, x + 1);
                int d = (y * width + x) * 4;
                for (int c = 0; c < 4; c++) {
                    float sum = 0;
                    float min = Float.MAX_VALUE;
                    float max = -Float.MAX_VALUE;
                    for (int j = 0; j < 3; j++) {
                        for (int i = 0; i < 3; i++) {
                            float v = src[(rows[j] + cols[i]) * 4 + c];
                            sum += v * (j == 1 ? 2 : 1) * (i == 1 ? 2 : 1);
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                    float v = src[d + c];
                    float sharp = v + AMOUNT * (v - sum / 16f);
                    rgba[d + c] = Math.max(min, Math.min(max, sharp));
                }
                float alpha = Math.max(0f, Math.min(1f, rgba[d + 3]));
                rgba[d + 3] = alpha;
                for (int c = 0; c < 3; c++) {
                    rgba[d + c] = Math.max(0f, Math.min(alpha, rgba[d + c]));
                }
            }
        }
    }
}
