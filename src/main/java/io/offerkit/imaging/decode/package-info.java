/**
 * One reader per source format, each {@code read(bytes, name, monitor)} to a
 * {@link io.offerkit.imaging.source.SourceImage}: {@link io.offerkit.imaging.decode.PngSource},
 * {@link io.offerkit.imaging.decode.ImageIoSource} (JPEG with EXIF orientation and CMYK, GIF, BMP, TIFF),
 * {@link io.offerkit.imaging.decode.IcoSource}, {@link io.offerkit.imaging.decode.PsdSource} and
 * {@link io.offerkit.imaging.decode.SvgSource} (kept as vectors, hostile SVG refused); and
 * {@link io.offerkit.imaging.decode.ImageFormats}, which tells the format by content. A new format is a new reader
 * here plus one line in {@link io.offerkit.imaging.ImageDecoder}. Depends on {@code source}, {@code colour} and
 * {@code png}.
 */
package io.offerkit.imaging.decode;
