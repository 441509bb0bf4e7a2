package io.offerkit.imaging.decode;

import io.offerkit.imaging.colour.SrgbTransfer;

/**
 * Applies a PNG gAMA chunk when no ICC profile or sRGB chunk says otherwise: the samples are {@code light^gamma},
 * and the marketplace shows sRGB, so each channel is decoded to light and re-encoded with the sRGB curve.
 */
final class PngGamma {
    /**
     * gAMA 1/2.2 (45455) is how most tools label plain sRGB; browsers treat values this close as sRGB, and converting
     * would shift dark tones by a few codes for nothing.
     */
    private static final int SRGB_LIKE_MIN = 45000;
    private static final int SRGB_LIKE_MAX = 46000;

    private PngGamma() {
    }

    /** True when the gAMA value needs a conversion (present, plausible, and not already sRGB-like). */
    static boolean needsConversion(int gamma) {
        return gamma > 0 && (gamma < SRGB_LIKE_MIN || gamma > SRGB_LIKE_MAX);
    }

    /** Converts the colour channels in place; alpha is linear coverage in PNG and is left alone. */
    static void toSrgb(int[] argb, int gamma) {
        double exponent = 100_000.0 / gamma; // light = sample^(1/gamma)
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) {
            double light = Math.pow(i / 255.0, exponent);
            lut[i] = (int) Math.round(SrgbTransfer.encode(Math.min(1.0, light)) * 255.0);
        }
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            argb[i] = (p & 0xFF000000) | lut[(p >> 16) & 0xFF] << 16 | lut[(p >> 8) & 0xFF] << 8 | lut[p & 0xFF];
        }
    }
}
