package io.offerkit.imaging.source;

/**
 * What a source image is, as read from its bytes: reported on every load and by {@code inspect}.
 *
 * @param format     the container by its magic bytes ("PNG", "JPEG", "GIF", "BMP", "TIFF", "ICO", "PSD", "SVG"); width and height are
 *                   the upright size (after EXIF orientation), for SVG the intrinsic size
 * @param colorType  e.g. "RGBA", "RGB", "grey", "grey+alpha", "palette", "CMYK", "vector"
 * @param bitDepth   bits per channel; 0 for a vector source, which has none
 * @param alphaUsed  some pixel is not fully opaque
 * @param iccProfile the embedded ICC profile's description, or null
 * @param note       what could not be read but was worked around, in words that follow the file's name ("its EXIF
 *                   block is damaged..."), or null; the image decoded, so this is a warning, never a refusal
 */
public record ImageFacts(
        String format,
        int width,
        int height,
        String colorType,
        int bitDepth,
        boolean hasAlpha,
        boolean alphaUsed,
        String iccProfile,
        long bytes,
        String note) {
    /** The words for a JPEG whose EXIF block cannot be read: it is used as stored, which may be sideways. */
    public static final String EXIF_DAMAGED = "its EXIF block is damaged, so the orientation it may give was not"
            + " applied and the image is used as stored; if it looks sideways, turn it upright in an image editor";

    public ImageFacts(String format, int width, int height, String colorType, int bitDepth, boolean hasAlpha,
                      boolean alphaUsed, String iccProfile, long bytes) {
        this(format, width, height, colorType, bitDepth, hasAlpha, alphaUsed, iccProfile, bytes, null);
    }

    public ImageFacts withNote(String words) {
        return new ImageFacts(format, width, height, colorType, bitDepth, hasAlpha, alphaUsed, iccProfile, bytes, words);
    }

    public String summary() {
        return format + " " + width + "x" + height + ", " + colorType + (bitDepth > 0 ? ", " + bitDepth + "-bit" : "")
                + (hasAlpha ? (alphaUsed ? ", transparent" : ", alpha channel unused") : "")
                + (iccProfile != null ? ", ICC " + iccProfile : "")
                + ", " + bytes + " bytes"
                + (note != null ? "; " + note : "");
    }
}
