package io.offerkit.imaging.mark;

/**
 * What surrounds a picture: its outermost ring of pixels. Mostly transparent, or one colour where it is opaque (a
 * solid background, or a tile that reaches the edge with transparent rounded corners), or neither (a photo).
 *
 * @param transparentShare the share of the ring that is (almost) fully transparent
 * @param colour           the median colour of the ring's opaque pixels, 0xRRGGBB
 * @param uniform          whether nearly all of the ring's opaque pixels are that colour
 */
record Border(double transparentShare, int colour, boolean uniform) {
    /** Below this alpha a pixel is background on transparency; at or above it, it is seen. */
    static final int CLEAR = 16;
    /** The share of the opaque ring that must be one colour for it to be a background colour. */
    private static final double ONE_COLOUR = 0.9;

    static Border of(int[] argb, int width, int height) {
        int ringLength = height == 1 ? width : width == 1 ? height : 2 * width + 2 * height - 4;
        int[] opaque = new int[ringLength];
        int opaqueCount = 0;
        int clear = 0;
        for (int i = 0; i < width * height; i++) {
            int x = i % width;
            int y = i / width;
            if (x != 0 && y != 0 && x != width - 1 && y != height - 1) {
                i += width - 3; // skip the inside of this row
                continue;
            }
            int a = argb[i] >>> 24;
            if (a < CLEAR) {
                clear++;
            } else if (a >= 255 - CLEAR) {
                opaque[opaqueCount++] = argb[i];
            }
        }
        int colour = Rgb.median(opaque, opaqueCount);
        boolean uniform = opaqueCount > 0 && Rgb.shareNear(opaque, opaqueCount, colour) >= ONE_COLOUR;
        return new Border((double) clear / ringLength, colour, uniform);
    }

    boolean mostlyTransparent() {
        return transparentShare >= 0.5;
    }
}
