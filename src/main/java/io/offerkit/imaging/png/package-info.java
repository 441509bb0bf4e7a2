/**
 * The PNG codec: {@link io.offerkit.imaging.png.PngDecoder} (every colour type and bit depth, interlaced or not,
 * with progress and cancel), {@link io.offerkit.imaging.png.PngEncoder} (the smallest lossless PNG of an image),
 * {@link io.offerkit.imaging.png.PngWithinLimit} (under a byte limit: lossless, else a palette reduced by
 * {@link io.offerkit.imaging.png.PaletteReduction}, never a resize), {@link io.offerkit.imaging.png.PngHeader} (the facts decoders hide, for inspection) and
 * {@link io.offerkit.imaging.png.PngSignature}. Depends only on {@code source}.
 */
package io.offerkit.imaging.png;
