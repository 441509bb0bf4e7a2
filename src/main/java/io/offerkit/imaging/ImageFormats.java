package io.offerkit.imaging;

/** Recognises an image container by its first bytes. */
public final class ImageFormats {
    private ImageFormats() {
    }

    /** The format name, or null when the bytes are not an image we know. */
    public static String sniff(byte[] d) {
        if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "PNG";
        }
        if (starts(d, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (starts(d, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (starts(d, 'B', 'M')) {
            return "BMP";
        }
        if (starts(d, 'I', 'I', 42, 0) || starts(d, 'M', 'M', 0, 42)) {
            return "TIFF";
        }
        return null;
    }

    private static boolean starts(byte[] data, int... magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((data[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
