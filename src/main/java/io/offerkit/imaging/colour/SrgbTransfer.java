package io.offerkit.imaging.colour;

/**
 * The sRGB transfer curve as lookup tables. Resampling happens in linear light because averaging gamma-encoded
 * values darkens thin light-on-dark and dark-on-light strokes; the tables keep that exact conversion cheap.
 */
public final class SrgbTransfer {
    /** Linear value of each 8-bit sRGB code. */
    private static final float[] TO_LINEAR = new float[256];

    /**
     * Fine enough that the steep start of the curve (linear 0.0003 is one sRGB code) still rounds to the right
     * code: 16384 steps of 0.000061.
     */
    private static final int ENCODE_STEPS = 16383;
    private static final byte[] TO_SRGB = new byte[ENCODE_STEPS + 1];

    static {
        for (int i = 0; i < 256; i++) {
            TO_LINEAR[i] = (float) decode(i / 255.0);
        }
        for (int i = 0; i <= ENCODE_STEPS; i++) {
            TO_SRGB[i] = (byte) Math.round(encode((double) i / ENCODE_STEPS) * 255.0);
        }
    }

    private SrgbTransfer() {
    }

    public static float toLinear(int srgbCode) {
        return TO_LINEAR[srgbCode];
    }

    /** The 8-bit sRGB code of a linear value; values outside 0..1 are clamped. */
    static int toSrgb(float linear) {
        if (!(linear > 0f)) {
            return 0;
        }
        if (linear >= 1f) {
            return 255;
        }
        return TO_SRGB[(int) (linear * ENCODE_STEPS + 0.5f)] & 0xFF;
    }

    /** Exact curve, for references and table building. */
    public static double decode(double srgb) {
        return srgb <= 0.04045 ? srgb / 12.92 : Math.pow((srgb + 0.055) / 1.055, 2.4);
    }

    public static double encode(double linear) {
        return linear <= 0.0031308 ? linear * 12.92 : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }
}
