package io.offerkit.imaging.png;

/** The five colour types of the PNG specification (IHDR byte 9), with their samples per pixel and bit depths. */
public enum PngColourType {
    GREY(0, 1, "grey", 1, 2, 4, 8, 16),
    RGB(2, 3, "RGB", 8, 16),
    PALETTE(3, 1, "palette", 1, 2, 4, 8),
    GREY_ALPHA(4, 2, "grey+alpha", 8, 16),
    RGBA(6, 4, "RGBA", 8, 16);

    private final int code;
    private final int channels;
    private final String label;
    private final int[] depths;

    PngColourType(int code, int channels, String label, int... depths) {
        this.code = code;
        this.channels = channels;
        this.label = label;
        this.depths = depths;
    }

    /** The type a header's byte names, or null for a number the specification does not define. */
    public static PngColourType of(int code) {
        for (PngColourType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }

    /** The number written in IHDR. */
    public int code() {
        return code;
    }

    /** Samples per pixel (a palette index is one). */
    public int channels() {
        return channels;
    }

    /** The name OfferKit shows in a file's facts: "grey", "RGB", "palette", "grey+alpha", "RGBA". */
    public String label() {
        return label;
    }

    public boolean hasAlphaChannel() {
        return this == GREY_ALPHA || this == RGBA;
    }

    public boolean allowsDepth(int depth) {
        for (int d : depths) {
            if (d == depth) {
                return true;
            }
        }
        return false;
    }
}
