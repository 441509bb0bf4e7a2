/**
 * A logo's mark as a shape, for the icons that are one shape in one colour (Teams' 32x32 outline icon):
 * {@link io.offerkit.imaging.mark.MarkExtractor} separates the mark from its background (transparency, or a single
 * background colour found on the border) or says why it cannot, and
 * {@link io.offerkit.imaging.mark.OutlineIconRenderer} draws the mask white on full transparency, trimmed and scaled
 * to fit. Pure pixel arithmetic on ARGB arrays; depends on nothing else of imaging.
 */
package io.offerkit.imaging.mark;
