package io.offerkit.imaging.colour;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Embedded ICC profiles: their human-readable name, and conversion of RGB pixels to sRGB when the profile is a
 * different space (Display P3, Adobe RGB...), since the marketplace shows every logo as sRGB.
 */
public final class IccProfiles {
    private IccProfiles() {
    }

    /** The profile, or null when the bytes are not a readable profile (the pixels are then taken as sRGB). */
    public static ICC_Profile parseOrNull(byte[] bytes) {
        try {
            return ICC_Profile.getInstance(bytes);
        } catch (IllegalArgumentException e) {
            return null; // an unreadable profile: the pixels are taken as sRGB, as browsers do
        }
    }

    /** The profile's description tag ('desc' in ICC v2, 'mluc' in v4), or a generic name when it has none. */
    public static String description(ICC_Profile profile) {
        byte[] tag = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
        String text = tag == null ? null : parseText(tag);
        return text == null || text.isBlank() ? "unnamed ICC profile" : text.trim();
    }

    /**
     * Does the profile behave as sRGB? Decided by converting a handful of probe colours rather than by the name:
     * names like "Linear sRGB" or vendor copies of sRGB make names unreliable.
     */
    static boolean isSrgb(ICC_Profile profile) {
        if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB) {
            return false;
        }
        int[] probes = {0xFF0000, 0x00FF00, 0x0000FF, 0x808080, 0x336699, 0xC08040, 0x202020, 0xF0F0F0};
        int[] converted = probes.clone();
        convert(converted, probes.length, 1, profile);
        for (int i = 0; i < probes.length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                if (Math.abs(((probes[i] >> shift) & 0xFF) - ((converted[i] >> shift) & 0xFF)) > 2) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Converts RGB pixels in place from the profile's space to sRGB; alpha is kept. Non-RGB profiles are left. */
    public static void convertToSrgb(int[] argb, int width, int height, ICC_Profile profile) {
        if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB || isSrgb(profile)) {
            return;
        }
        convert(argb, width, height, profile);
    }

    private static void convert(int[] argb, int width, int height, ICC_Profile profile) {
        WritableRaster src = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 3, null);
        byte[] s = ((DataBufferByte) src.getDataBuffer()).getData();
        for (int i = 0, o = 0; i < argb.length; i++) {
            s[o++] = (byte) (argb[i] >> 16);
            s[o++] = (byte) (argb[i] >> 8);
            s[o++] = (byte) argb[i];
        }
        WritableRaster dst = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 3, null);
        new ColorConvertOp(new ICC_ColorSpace(profile), ColorSpace.getInstance(ColorSpace.CS_sRGB), null)
                .filter(src, dst);
        byte[] d = ((DataBufferByte) dst.getDataBuffer()).getData();
        for (int i = 0, o = 0; i < argb.length; i++, o += 3) {
            argb[i] = (argb[i] & 0xFF000000) | (d[o] & 0xFF) << 16 | (d[o + 1] & 0xFF) << 8 | (d[o + 2] & 0xFF);
        }
    }

    private static String parseText(byte[] tag) {
        if (tag.length < 12) {
            return null;
        }
        String type = new String(tag, 0, 4, StandardCharsets.US_ASCII);
        if (type.equals("desc")) {
            int count = readInt(tag, 8);
            int n = Math.max(0, Math.min(count, tag.length - 12));
            return new String(tag, 12, n, StandardCharsets.ISO_8859_1).replace("\0", "");
        }
        if (type.equals("mluc") && tag.length >= 28) {
            int length = readInt(tag, 20);
            int offset = readInt(tag, 24);
            if (offset >= 0 && length >= 0 && offset + (long) length <= tag.length) {
                return new String(tag, offset, length, StandardCharsets.UTF_16BE).replace("\0", "");
            }
        }
        return null;
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
