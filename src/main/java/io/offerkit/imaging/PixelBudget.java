package io.offerkit.imaging;

/** The largest source OfferKit decodes, checked against a header's declared size before any pixel is allocated. */
final class PixelBudget {
    /** 12000x12000 is the largest source we promise to handle; beyond that a header is a bomb or a mistake. */
    static final long MAX_PIXELS = 150_000_000L;

    private PixelBudget() {
    }

    static void check(String name, long width, long height) throws ImagingException {
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
