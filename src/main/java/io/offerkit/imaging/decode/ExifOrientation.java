package io.offerkit.imaging.decode;


/**
 * The EXIF Orientation tag (IFD0, 0x0112) and turning stored pixels upright. Cameras and phones store the sensor's
 * rows and record how to turn them; every viewer applies it, so a logo photographed or exported that way must be
 * turned too, or it would come out sideways in the slots.
 */
final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int MAX_IFD_ENTRIES = 1000;
    /** What {@link #fromApp1} gives for an EXIF block it cannot read: the orientation is unknown, not "upright". */
    static final int DAMAGED = 0;

    private ExifOrientation() {
    }

    /**
     * The orientation in an APP1 segment body {@code [start, end)}: 1 when it is not EXIF (XMP, say) or has no
     * orientation tag, {@link #DAMAGED} when it says "Exif" but its TIFF structure or the tag's value cannot be read.
     */
    static int fromApp1(byte[] d, int start, int end) {
        if (!JpegMarkers.startsWith(d, start, end, "Exif\0\0")) {
            return 1;
        }
        if (end - start < 14) {
            return DAMAGED;
        }
        int tiff = start + 6;
        boolean little;
        if (d[tiff] == 'I' && d[tiff + 1] == 'I') {
            little = true;
        } else if (d[tiff] == 'M' && d[tiff + 1] == 'M') {
            little = false;
        } else {
            return DAMAGED;
        }
        Tiff t = new Tiff(d, tiff, end, little);
        long ifd = t.u32(4);
        if (t.u16(2) != 42 || ifd < 8 || tiff + ifd + 2 > end) {
            return DAMAGED;
        }
        int entries = t.u16((int) ifd);
        for (int i = 0; i < Math.min(entries, MAX_IFD_ENTRIES); i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (tiff + entry + 12 > end) {
                return DAMAGED;
            }
            if (t.u16(entry) == ORIENTATION_TAG) {
                int type = t.u16(entry + 2);
                int value = type == 3 ? t.u16(entry + 8) : type == 4 ? (int) t.u32(entry + 8) : 1;
                return value >= 1 && value <= 8 ? value : DAMAGED;
            }
        }
        return 1;
    }

    /**
     * The upright image of pixels stored with the given orientation. Each case names where the stored first row and
     * first column are in the upright picture (the EXIF definition), e.g. 6: first row on the right, first column at
     * the top.
     */
    static Oriented apply(int[] argb, int w, int h, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return new Oriented(argb, w, h);
        }
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        int[] out = new int[argb.length];
        for (int v = 0; v < oh; v++) {
            for (int u = 0; u < ow; u++) {
                int x;
                int y;
                switch (orientation) {
                    case 2 -> { x = w - 1 - u; y = v; }
                    case 3 -> { x = w - 1 - u; y = h - 1 - v; }
                    case 4 -> { x = u; y = h - 1 - v; }
                    case 5 -> { x = v; y = u; }
                    case 6 -> { x = v; y = h - 1 - u; }
                    case 7 -> { x = w - 1 - v; y = h - 1 - u; }
                    default -> { x = w - 1 - v; y = u; }
                }
                out[v * ow + u] = argb[y * w + x];
            }
        }
        return new Oriented(out, ow, oh);
    }

    /** Bounds-checked reads inside a TIFF structure; out-of-range reads give 0. */
    private record Tiff(byte[] d, int base, int end, boolean little) {
        int u16(int offset) {
            int at = base + offset;
            if (offset < 0 || at + 2 > end) {
                return 0;
            }
            int a = d[at] & 0xFF;
            int b = d[at + 1] & 0xFF;
            return little ? b << 8 | a : a << 8 | b;
        }

        long u32(int offset) {
            int at = base + offset;
            if (offset < 0 || at + 4 > end) {
                return 0;
            }
            long hi = little ? u16(offset + 2) : u16(offset);
            long lo = little ? u16(offset) : u16(offset + 2);
            return hi << 16 | lo;
        }
    }
}
