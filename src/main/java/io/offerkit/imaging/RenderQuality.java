package io.offerkit.imaging;

/**
 * How carefully {@link MediaRenderer} resamples. EXPORT is what the bundle and the CLI write (Lanczos, every
 * warning); DRAFT is for a live preview while a gesture is under way: a box step then a bilinear pass in linear
 * light, same geometry, no warnings (the full-quality render after the gesture brings them back).
 */
public enum RenderQuality {
    EXPORT,
    DRAFT
}
