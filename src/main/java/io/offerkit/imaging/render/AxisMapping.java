package io.offerkit.imaging.render;

/**
 * How one axis of the source maps onto one axis of the slot: the source span {@code [srcStart, srcEnd)} (fractional
 * source pixels) lands on the slot span {@code [dstStart, dstEnd)} (fractional slot pixels). Keeping both ends
 * fractional is what makes contain padding and alignment exact instead of rounded to whole pixels.
 */
public record AxisMapping(double srcStart, double srcEnd, double dstStart, double dstEnd) {
    public AxisMapping {
        if (!(srcEnd > srcStart) || !(dstEnd > dstStart)) {
            throw new IllegalArgumentException("empty axis mapping " + srcStart + ".." + srcEnd + " -> "
                    + dstStart + ".." + dstEnd);
        }
    }

    /** Equal ends; the record's equals, without its method-handle bootstrap (see LinearResampler.Block). */
    boolean sameAs(AxisMapping o) {
        return Double.compare(srcStart, o.srcStart) == 0 && Double.compare(srcEnd, o.srcEnd) == 0
                && Double.compare(dstStart, o.dstStart) == 0 && Double.compare(dstEnd, o.dstEnd) == 0;
    }

    int hash() {
        return ((Double.hashCode(srcStart) * 31 + Double.hashCode(srcEnd)) * 31 + Double.hashCode(dstStart)) * 31
                + Double.hashCode(dstEnd);
    }

    /** Slot pixels per source pixel. */
    public double scale() {
        return (dstEnd - dstStart) / (srcEnd - srcStart);
    }

    /** Source coordinate of a slot coordinate. */
    double toSource(double dst) {
        return srcStart + (dst - dstStart) / scale();
    }

    /** The same mapping with the slot side moved by {@code pixels}. */
    AxisMapping shifted(double pixels) {
        return pixels == 0 ? this : new AxisMapping(srcStart, srcEnd, dstStart + pixels, dstEnd + pixels);
    }

    /** First slot pixel the span touches, clamped to the slot. */
    int firstPixel(int slotSize) {
        return Math.max(0, (int) Math.floor(dstStart));
    }

    /** One past the last slot pixel the span touches, clamped to the slot. */
    int endPixel(int slotSize) {
        return Math.min(slotSize, (int) Math.ceil(dstEnd));
    }

    /** The part of slot pixel {@code i} that the span covers, 0..1: the anti-aliased edge of the placed logo. */
    double coverage(int i) {
        return Math.max(0.0, Math.min(i + 1.0, dstEnd) - Math.max(i, dstStart));
    }
}
