package io.offerkit.imaging;

import io.offerkit.common.ByteSizes;
import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.common.Reasons;
import io.offerkit.imaging.decode.IcoSource;
import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.imaging.decode.ImageIoSource;
import io.offerkit.imaging.decode.PngSource;
import io.offerkit.imaging.decode.PsdSource;
import io.offerkit.imaging.decode.SvgSource;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.SourceImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Decodes a source logo by its content (magic bytes or SVG root, never the file name) into sRGB ARGB pixels,
 * refusing files whose declared size exceeds the pixel budget before any pixel memory is allocated. Each format has
 * its own reader: PNG ({@link PngSource}), JPEG, GIF, BMP and TIFF ({@link ImageIoSource}), ICO ({@link IcoSource}),
 * PSD ({@link PsdSource}) and SVG ({@link SvgSource}, kept as vectors). Every failure is an
 * {@link ImagingException} with a message for the user. With a {@link ProgressMonitor}, a decode reports its progress
 * and stops with a {@link CancelledException} soon after it is cancelled.
 */
public final class ImageDecoder {
    /** 12000x12000 is the largest source we promise to handle; beyond that a header is a bomb or a mistake. */
    public static final long MAX_PIXELS = PixelBudget.MAX_PIXELS;
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private ImageDecoder() {
    }

    public static SourceImage read(Path file) throws ImagingException {
        try {
            return read(file, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    public static SourceImage read(byte[] data, String name) throws ImagingException {
        try {
            return read(data, name, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /** Reads and decodes {@code file}; reading the bytes is the first 5 % of the progress, decoding the rest. */
    public static SourceImage read(Path file, ProgressMonitor monitor) throws ImagingException, CancelledException {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw new ImagingException(name + " is a folder, not an image.");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImagingException(name + " is larger than " + ByteSizes.wholeMegabytes(MAX_FILE_BYTES)
                        + "; OfferKit does not open it.");
            }
            byte[] data = Files.readAllBytes(file);
            monitor.checkCancelled();
            monitor.progress(0.05);
            return read(data, name, monitor.slice(0.05, 1));
        } catch (NoSuchFileException e) {
            throw new ImagingException("The image " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new ImagingException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public static SourceImage read(byte[] data, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        String format = ImageFormats.sniff(data);
        if (format == null) {
            throw new ImagingException(name + " is not an image OfferKit can read (" + ImageFormats.SUPPORTED + ").");
        }
        try {
            return switch (format) {
                case "PNG" -> PngSource.read(data, name, monitor);
                case "ICO" -> IcoSource.read(data, name, monitor);
                case "PSD" -> PsdSource.read(data, name, monitor);
                case "SVG" -> SvgSource.read(data, name, monitor);
                default -> ImageIoSource.read(data, name, format, monitor);
            };
        } catch (ImagingException e) {
            monitor.checkCancelled(); // an aborted reader may fail in its own way: that is still the cancel
            throw e;
        } catch (OutOfMemoryError e) {
            throw new ImagingException(name + " is too large to decode in the memory available.", e);
        } catch (StackOverflowError e) {
            throw new ImagingException(name + " is nested too deeply to decode.", e);
        } catch (RuntimeException e) {
            monitor.checkCancelled();
            // Decoders report damage in many ways (ArrayIndexOutOfBounds, IllegalState...); the user needs one.
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded"
                    + Reasons.aside(e) + ".", e);
        }
    }
}
