package io.offerkit.imaging.png;

/**
 * One lossless way to store a set of ARGB pixels as PNG samples: colour type, bit depth, and the palette or
 * transparent key colour it needs.
 *
 * @param colourType  grey, RGB, palette, grey+alpha or RGBA
 * @param bitDepth    1, 2, 4 or 8
 * @param palette     ARGB entries for colour type 3, else null
 * @param transparent the one colour (0xRRGGBB) that stands for every fully transparent pixel (a tRNS key for grey
 *                    or RGB), or -1
 */
record PngLayout(PngColourType colourType, int bitDepth, int[] palette, int transparent) {

    int channels() {
        return colourType.channels();
    }

    int rowBytes(int width) {
        return (width * channels() * bitDepth + 7) / 8;
    }

    /** Bytes per complete pixel, at least 1: the distance the Sub, Average and Paeth filters look back. */
    int filterStride() {
        return Math.max(1, channels() * bitDepth / 8);
    }
}
