package io.offerkit.imaging;

/**
 * One lossless way to store a set of ARGB pixels as PNG samples: colour type, bit depth, and the palette or
 * transparent key colour it needs.
 *
 * @param colourType  0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA
 * @param bitDepth    1, 2, 4 or 8
 * @param palette     ARGB entries for colour type 3, else null
 * @param transparent the one colour (0xRRGGBB) that stands for every fully transparent pixel (a tRNS key for grey
 *                    or RGB), or -1
 */
record PngLayout(int colourType, int bitDepth, int[] palette, int transparent) {
    static final int GREY = 0;
    static final int RGB = 2;
    static final int PALETTE = 3;
    static final int GREY_ALPHA = 4;
    static final int RGBA = 6;

    int channels() {
        return switch (colourType) {
            case GREY, PALETTE -> 1;
            case GREY_ALPHA -> 2;
            case RGB -> 3;
            default -> 4;
        };
    }

    int rowBytes(int width) {
        return (width * channels() * bitDepth + 7) / 8;
    }

    /** Bytes per complete pixel, at least 1: the distance the Sub, Average and Paeth filters look back. */
    int filterStride() {
        return Math.max(1, channels() * bitDepth / 8);
    }
}
