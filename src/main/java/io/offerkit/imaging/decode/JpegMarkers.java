package io.offerkit.imaging.decode;

/**
 * What a JPEG's marker segments say before the scan: the number of colour components (4 = CMYK or YCCK) and the
 * EXIF orientation. Parsed by hand because it is a few dozen bytes of a well-defined layout, and because a damaged
 * segment must only lose the metadata, never the image: every read is bounds-checked and falls back to defaults.
 *
 * @param components  colour components in the frame header, 0 when no frame header was found
 * @param orientation EXIF IFD0 Orientation, 1-8; 1 when absent or unreadable
 * @param exifDamaged  an EXIF block is there but could not be read, so the orientation it may give is unknown
 * @param adobeTransform the colour transform of an Adobe APP14 segment (0: none, CMYK stored as it is; 1: YCbCr;
 *                       2: YCCK), -1 when there is no such segment
 * @param iccProfile     whether an APP2 ICC_PROFILE segment is present
 */
record JpegMarkers(int components, int orientation, int adobeTransform, boolean iccProfile, boolean exifDamaged) {
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;

    static JpegMarkers parse(byte[] d) {
        int components = 0;
        int orientation = 1;
        int adobeTransform = -1;
        boolean iccProfile = false;
        boolean exifDamaged = false;
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
                int found = ExifOrientation.fromApp1(d, body, end);
                exifDamaged |= found == ExifOrientation.DAMAGED;
                orientation = found == ExifOrientation.DAMAGED ? 1 : found;
            } else if (marker == APP2 && startsWith(d, body, end, "ICC_PROFILE\0")) {
                iccProfile = true;
            } else if (marker == APP14 && adobeTransform < 0 && length >= 14 && startsWith(d, body, end, "Adobe")) {
                adobeTransform = d[body + 11] & 0xFF;
            } else if (marker == SOS) {
                break;
            }
            pos = end;
        }
        // A later readable EXIF block that gives the orientation makes a damaged one beside it harmless.
        return new JpegMarkers(components, orientation, adobeTransform, iccProfile, exifDamaged && orientation == 1);
    }

    /** Whether the segment body {@code [at, end)} begins with an application segment's ASCII signature. */
    static boolean startsWith(byte[] d, int at, int end, String signature) {
        if (end - at < signature.length()) {
            return false;
        }
        for (int i = 0; i < signature.length(); i++) {
            if (d[at + i] != signature.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
