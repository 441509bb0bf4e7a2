package io.offerkit.imaging.png;

/** The eight bytes every PNG file begins with. */
public final class PngSignature {
    public static final int LENGTH = 8;
    private static final int[] BYTES = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private PngSignature() {
    }

    public static boolean startsWith(byte[] data) {
        if (data.length < LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if ((data[i] & 0xFF) != BYTES[i]) {
                return false;
            }
        }
        return true;
    }
}
