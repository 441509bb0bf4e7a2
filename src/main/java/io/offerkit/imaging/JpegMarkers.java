package io.offerkit.imaging;

/**
 * What a JPEG's marker segments say before the scan: the number of colour components (4 = CMYK or YCCK) and the
 * EXIF orientation. Parsed by hand because it is a few dozen bytes of a well-defined layout, and because a damaged
 * segment must only lose the metadata, never the image: every read is bounds-checked and falls back to defaults.
 *
 * @param components  colour components in the frame header, 0 when no frame header was found
 * @param orientation EXIF IFD0 Orientation, 1-8; 1 when absent or unreadable
 */
record JpegMarkers(int components, int orientation) {
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    static JpegMarkers parse(byte[] d) {
        int components = 0;
        int orientation = 1;
        int pos = 2; // after SOI
        while (pos + 4 <= d.length) {
            if ((d[pos] & 0xFF) != 0xFF) {
                break;
            }
            int marker = d[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                pos += 2; // markers without a length
                continue;
            }
            int length = (d[pos + 2] & 0xFF) << 8 | (d[pos + 3] & 0xFF);
            int body = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > d.length) {
                break;
            }
            if (isStartOfFrame(marker) && length >= 8) {
                components = d[body + 5] & 0xFF;
            } else if (marker == APP1 && orientation == 1) {
                orientation = ExifOrientation.fromApp1(d, body, end);
            } else if (marker == SOS) {
                break;
            }
            pos = end;
        }
        return new JpegMarkers(components, orientation);
    }

    /** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
