/**
 * The decoded image every wing works on: {@link io.offerkit.imaging.source.SourceImage} (sRGB ARGB pixels, the
 * file's {@link io.offerkit.imaging.source.ImageFacts}, and a {@link io.offerkit.imaging.source.VectorSource} for
 * SVG), fast pixel access ({@link io.offerkit.imaging.source.ArgbPixels}), the pixel budget that refuses bombs
 * before memory is taken ({@link io.offerkit.imaging.source.PixelBudget}) and the one error type of imaging
 * ({@link io.offerkit.imaging.source.ImagingException}, with a message for the user). Depends on no other wing.
 */
package io.offerkit.imaging.source;
