package io.offerkit.imaging.source;

/** The largest source OfferKit decodes, checked against a header's declared size before any pixel is allocated. */
public final class PixelBudget {
    /** 12000x12000 is the largest source we promise to handle; beyond that a header is a bomb or a mistake. */
    public static final long MAX_PIXELS = 150_000_000L;

    private PixelBudget() {
    }

    /** Up to 4096x4096 a source is cheap enough to decode whatever its file size (about 80 MB at most). */
    public static final long FREE_PIXELS = 4096L * 4096;
    /**
     * Above {@link #FREE_PIXELS}, a compressed file may declare at most this many pixels per byte it holds. Real
     * encoders of 8-bit and deeper images stay well below it (GIF and TIFF LZW reach about 2 700 for a single
     * colour, Deflate about 1 000, JPEG about 500, BMP RLE about 128); only blank pages of bilevel fax formats and
     * files whose data cannot fill the size they declare (decompression bombs, truncated files) go beyond.
     */
    static final long MAX_PIXELS_PER_BYTE = 4096;

    /**
     * Refuses a large declared size that a file of {@code fileBytes} cannot really encode: a 1 KB GIF, JPEG, RLE BMP
     * or TIFF declaring 12000x12000 would otherwise cost over a gigabyte of pixel memory and seconds of decoding
     * before it turns out blank or truncated. Checked on the header, before any pixel is allocated, so the memory
     * a file can make OfferKit allocate is at most about 5 x 4096 bytes per byte of file (and never over the budget).
     */
    public static void checkExpansion(String name, long width, long height, long fileBytes) throws ImagingException {
        long pixels = width * height;
        if (pixels > FREE_PIXELS && pixels > MAX_PIXELS_PER_BYTE * Math.max(1, fileBytes)) {
            throw new ImagingException(name + " declares " + width + "x" + height + " pixels but holds only "
                    + fileBytes + " bytes, more than " + MAX_PIXELS_PER_BYTE + " pixels per byte: its data cannot"
                    + " fill that size (a decompression bomb, or a truncated file); it was not decoded.");
        }
    }

    public static void check(String name, long width, long height) throws ImagingException {
        if (width <= 0 || height <= 0) {
            throw new ImagingException(name + " is damaged: its header declares a size of " + width + "x" + height
                    + ".");
        }
        if (width * height > MAX_PIXELS) {
            throw new ImagingException(name + " declares " + width + "x" + height + " pixels, more than OfferKit's"
                    + " budget of " + MAX_PIXELS + " pixels; it was not decoded.");
        }
    }
}
