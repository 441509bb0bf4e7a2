package io.offerkit.imaging.decode;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.common.Reasons;
import io.offerkit.imaging.colour.IccProfiles;
import io.offerkit.imaging.colour.SrgbArgb;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.Pixels;
import io.offerkit.imaging.source.SourceImage;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.commons.imaging.Imaging;

/**
 * JPEG, GIF, BMP and TIFF through ImageIO (TwelveMonkeys' JPEG and TIFF readers take precedence when present: they
 * decode CMYK/YCCK and apply embedded ICC profiles), then each format's own corrections: EXIF orientation for JPEG,
 * the logical screen for GIF, straight alpha in 32-bit BMP. The reader's progress is passed on, and a cancel
 * {@linkplain ImageReader#abort() aborts} it at its next progress report (every few rows for the JDK and TwelveMonkeys
 * readers); each later stage checks for a cancel before it starts.
 */
public final class ImageIoSource {
    private ImageIoSource() {
    }

    /** A decoded first image and its header size. */
    record Decoded(BufferedImage image, int[] argb, int width, int height) {
    }

    public static SourceImage read(byte[] data, String name, String format, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        JpegMarkers jpeg = format.equals("JPEG") ? JpegMarkers.parse(data) : null;
        Decoded decoded = decode(data, name, format, jpeg, monitor.slice(0, 0.95));
        monitor.checkCancelled();
        BufferedImage image = decoded.image();
        int[] argb = decoded.argb();
        int width = decoded.width();
        int height = decoded.height();
        String colourType = colourType(image);
        // A CMYK JPEG without a profile is read through the press profile: the facts say the colours rest on it.
        String icc = jpeg != null && CmykJpeg.applies(jpeg) ? CmykJpeg.ASSUMED : iccDescription(data);
        boolean hasAlpha = image.getColorModel().hasAlpha();
        switch (format) {
            case "JPEG" -> {
                if (jpeg.components() == 4) {
                    colourType = "CMYK";
                }
                Oriented upright = ExifOrientation.apply(argb, width, height, jpeg.orientation());
                argb = upright.argb();
                width = upright.width();
                height = upright.height();
            }
            case "BMP" -> {
                if (!hasAlpha && BmpAlpha.recover(data, argb, width, height)) {
                    hasAlpha = true;
                    colourType = "RGBA";
                }
            }
            default -> {
            }
        }
        monitor.checkCancelled();
        ImageFacts facts = new ImageFacts(format, width, height, colourType, image.getColorModel().getComponentSize(0),
                hasAlpha, hasAlpha && Pixels.alphaUsed(argb), icc, data.length,
                jpeg != null && jpeg.exifDamaged() ? ImageFacts.EXIF_DAMAGED : null);
        SourceImage source = new SourceImage(ArgbPixels.toImage(argb, width, height), facts);
        monitor.progress(1);
        return source;
    }

    /** @param jpeg a JPEG's markers, null for other formats */
    static Decoded decode(byte[] data, String name, String format, JpegMarkers jpeg, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImagingException(name + " looks like " + format + " but no decoder accepts it.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                PixelBudget.check(name, width, height);
                PixelBudget.checkExpansion(name, width, height, data.length);
                if (format.equals("GIF")) {
                    GifFirstFrame.checkScreen(reader, name, data.length);
                } else if (format.equals("BMP")) {
                    BmpRle.check(data, name, width, height);
                }
                monitor.checkCancelled();
                ProgressMonitor reading = monitor.slice(0, 0.9);
                reader.addIIOReadProgressListener(new AbortWhenCancelled(reading));
                boolean press = jpeg != null && CmykJpeg.applies(jpeg);
                // CMYK without a profile of its own: the raw samples, read through a press profile below.
                Raster raw = press ? reader.readRaster(0, null) : null;
                BufferedImage image = press ? null : reader.read(0);
                // An aborted reader returns what it has read so far (or null): that is no image.
                monitor.checkCancelled();
                if (press) {
                    // A raster that is not four bands after all: the decoder's own conversion rather than none.
                    image = raw != null && raw.getNumBands() == 4 ? CmykJpeg.inks(raw, jpeg.adobeTransform())
                            : reader.read(0);
                    monitor.checkCancelled();
                }
                if (format.equals("GIF")) {
                    GifFirstFrame.Placed placed = GifFirstFrame.onLogicalScreen(reader, image, name);
                    return new Decoded(image, placed.argb(), placed.width(), placed.height());
                }
                return new Decoded(image, SrgbArgb.of(image), image.getWidth(), image.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded" + detail(e) + ".", e);
        }
    }

    /**
     * Passes the reader's percentage on (never backwards: some readers restart their count per pass) and aborts it
     * once the monitor is cancelled. The reader calls this on the decoding thread, between rows or strips.
     */
    private static final class AbortWhenCancelled implements IIOReadProgressListener {
        private final ProgressMonitor monitor;
        private double done;

        AbortWhenCancelled(ProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (monitor.isCancelled()) {
                source.abort();
                return;
            }
            double fraction = Math.max(0, Math.min(1, percentageDone / 100.0));
            if (fraction > done) {
                done = fraction;
                monitor.progress(fraction);
            }
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
            if (monitor.isCancelled()) {
                source.abort();
            }
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }

        @Override
        public void readAborted(ImageReader source) {
        }
    }

    static String colourType(BufferedImage image) {
        var cm = image.getColorModel();
        if (cm instanceof IndexColorModel) {
            return "palette";
        }
        int type = cm.getColorSpace().getType();
        if (type == ColorSpace.TYPE_GRAY) {
            return cm.hasAlpha() ? "grey+alpha" : "grey";
        }
        if (type == ColorSpace.TYPE_CMYK) {
            return "CMYK";
        }
        return cm.hasAlpha() ? "RGBA" : "RGB";
    }

    /** The embedded profile's name via Commons Imaging, which reads ICC from JPEG, GIF, BMP and TIFF alike. */
    static String iccDescription(byte[] data) {
        try {
            ICC_Profile profile = Imaging.getIccProfile(data);
            return profile == null ? null : IccProfiles.description(profile);
        } catch (IOException | RuntimeException e) {
            return null; // metadata only: a profile we cannot read does not stop the image from loading
        }
    }

    /**
     * The decoder's own words about the damage, in parentheses, when they are words for a user ("Unsupported
     * compression type"); nothing when they are the library's internals (a class name, an exception's text), which
     * would only confuse: the sentence around them already says what is wrong.
     */
    static String detail(Throwable e) {
        return Reasons.aside(e);
    }
}
