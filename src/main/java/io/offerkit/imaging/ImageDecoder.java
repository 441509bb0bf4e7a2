package io.offerkit.imaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decodes a source logo by its content (magic bytes or SVG root, never the file name) into sRGB ARGB pixels,
 * refusing files whose declared size exceeds the pixel budget before any pixel memory is allocated. Each format has
 * its own reader: PNG ({@link PngSource}), JPEG, GIF, BMP and TIFF ({@link ImageIoSource}), ICO ({@link IcoSource}),
 * PSD ({@link PsdSource}) and SVG ({@link SvgSource}, kept as vectors). Every failure is an
 * {@link ImagingException} with a message for the user.
 */
public final class ImageDecoder {
    /** 12000x12000 is the largest source we promise to handle; beyond that a header is a bomb or a mistake. */
    public static final long MAX_PIXELS = PixelBudget.MAX_PIXELS;
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ImageDecoder() {
    }

    public static SourceImage read(Path file) throws ImagingException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ImagingException(name + " is a folder, not an image.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImagingException(name + " is larger than 256 MB; OfferKit does not open it.");
            }
            return read(Files.readAllBytes(file), name);
        } catch (NoSuchFileException e) {
            throw new ImagingException("The image " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ImagingException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static SourceImage read(byte[] data, String name) throws ImagingException {
        String format = ImageFormats.sniff(data);
        if (format == null) {
            throw new ImagingException(name + " is not an image OfferKit can read (" + ImageFormats.SUPPORTED + ").");
        }
        try {
            return switch (format) {
                case "PNG" -> PngSource.read(data, name);
                case "ICO" -> IcoSource.read(data, name);
                case "PSD" -> PsdSource.read(data, name);
                case "SVG" -> SvgSource.read(data, name);
                default -> ImageIoSource.read(data, name, format);
            };
        } catch (ImagingException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new ImagingException(name + " is too large to decode in the memory available.", e);
        } catch (StackOverflowError e) {
            throw new ImagingException(name + " is nested too deeply to decode.", e);
        } catch (RuntimeException e) {
            // Decoders report damage in many ways (ArrayIndexOutOfBounds, IllegalState...); the user needs one.
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }
}
