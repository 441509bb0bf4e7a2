/**
 * Colour: the sRGB transfer curve ({@link io.offerkit.imaging.colour.SrgbTransfer}), converting decoded rasters to
 * sRGB ARGB ({@link io.offerkit.imaging.colour.SrgbArgb}) and linear premultiplied light back to it
 * ({@link io.offerkit.imaging.colour.LinearToArgb}), and the ICC profiles OfferKit reads
 * ({@link io.offerkit.imaging.colour.IccProfiles}). Depends only on {@code source}.
 */
package io.offerkit.imaging.colour;
