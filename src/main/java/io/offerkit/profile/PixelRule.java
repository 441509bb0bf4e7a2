package io.offerkit.profile;

/**
 * What every pixel of a slot must be, beyond its size. {@code WHITE_ON_TRANSPARENT}: Teams' outline icon, where every
 * visible pixel is pure white (255, 255, 255) and everything else is fully transparent (alpha exactly 0); Partner
 * Center refuses an outline whose background has any other alpha.
 */
public enum PixelRule {
    WHITE_ON_TRANSPARENT
}
