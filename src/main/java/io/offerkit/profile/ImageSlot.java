package io.offerkit.profile;

import java.util.List;

/**
 * One image the offer needs. {@code width} x {@code height} is what OfferKit generates; a slot that accepts a range
 * (Partner Center takes any square logo from 216 to 350 px) also names its bounds, and a derived preview size
 * (the 48x48 that Partner Center makes from it) is shown but not exported.
 *
 * @param formats   the file formats the marketplace takes for this slot ("png", "jpg"); {@code format}, the one
 *                  OfferKit writes, is one of them
 * @param maxBytes  the largest file the marketplace takes, or null where it names no limit
 * @param pixelRule what every pixel must be (Teams' outline icon: white on transparent), or null
 */
public record ImageSlot(
        String id,
        String label,
        int width,
        int height,
        String format,
        boolean required,
        Integer minWidth,
        Integer maxWidth,
        Integer minHeight,
        Integer maxHeight,
        boolean square,
        Integer previewSize,
        List<String> formats,
        Integer maxBytes,
        PixelRule pixelRule) {

    /** A slot without byte limit, pixel rule or other accepted formats, as profiles before these were written. */
    public ImageSlot(String id, String label, int width, int height, String format, boolean required, Integer minWidth,
                     Integer maxWidth, Integer minHeight, Integer maxHeight, boolean square, Integer previewSize) {
        this(id, label, width, height, format, required, minWidth, maxWidth, minHeight, maxHeight, square, previewSize,
                null, null, null);
    }

    public ImageSlot {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an image slot needs an id");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image slot " + id + " needs a positive width and height");
        }
        format = format == null ? "png" : format;
        label = label == null ? id : label;
        formats = formats == null || formats.isEmpty() ? List.of(format) : List.copyOf(formats);
        if (maxBytes != null && maxBytes <= 0) {
            throw new IllegalArgumentException("image slot " + id + ": maxBytes must be positive");
        }
    }

    /** Does an image of this size satisfy the slot? Exact size, or within the slot's accepted range. */
    public boolean accepts(int w, int h) {
        if (minWidth == null && maxWidth == null && minHeight == null && maxHeight == null) {
            return w == width && h == height;
        }
        return within(w, minWidth, maxWidth) && within(h, minHeight, maxHeight) && (!square || w == h);
    }

    public String sizeText() {
        if (minWidth != null || maxWidth != null) {
            return (square ? "square " : "") + minWidth + "-" + maxWidth + " px (generated at " + width + "x" + height + ")";
        }
        return width + "x" + height;
    }

    private static boolean within(int value, Integer min, Integer max) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
