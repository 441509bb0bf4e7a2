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
        long bytes) {

    public String summary() {
        return format + " " + width + "x" + height + ", " + colorType + (bitDepth > 0 ? ", " + bitDepth + "-bit" : "")
                + (hasAlpha ? (alphaUsed ? ", transparent" : ", alpha channel unused") : "")
                + (iccProfile != null ? ", ICC " + iccProfile : "")
                + ", " + bytes + " bytes";
    }
}
