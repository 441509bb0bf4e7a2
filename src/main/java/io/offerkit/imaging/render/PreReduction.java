package io.offerkit.imaging.render;

/**
 * How far an exact box pre-reduction may bring a source toward its target before the Lanczos pass (the "reducing
 * gap" of libvips): from a ratio of twice the gap on, whole blocks of {@code floor(ratio / gap)} pixels are averaged,
 * leaving the Lanczos pass a ratio between the gap and twice it.
 */
public enum PreReduction {
    /** No box step: Lanczos straight from the full source (the references in tests). */
    NONE(Double.POSITIVE_INFINITY),
    /**
     * Logos: to no less than twice the slot, libvips' default. About 12 taps per pixel instead of 18 or more at 3x,
     * for an SSIM against the pure Lanczos reference of 0.9991 at worst (QualityAgainstImageMagickTest).
     */
    LOGO(2),
    /**
     * Screenshots and thumbnails: to no less than 1.45 times the output, so a HiDPI capture (3700x2150 to 1280x720,
     * a ratio of 2.9-3) is halved by 2x2 blocks first and Lanczos reduces 1.5x with 9 taps a side instead of 18: a
     * quarter of the horizontal pass's work. Their reference is the area average (ScreenshotQualityTest), which the
     * box step only comes closer to; logos keep {@link #LOGO} and their bytes.
     */
    MEDIA(1.45);

    private final double gap;

    PreReduction(double gap) {
        this.gap = gap;
    }

    /** The block size for a scale (output pixels per source pixel): 1 below twice the gap. */
    int boxFactor(double scale) {
        double ratio = 1.0 / scale;
        return ratio < 2 * gap ? 1 : (int) Math.floor(ratio / gap);
    }
}
