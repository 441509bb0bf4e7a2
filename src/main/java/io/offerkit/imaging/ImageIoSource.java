package io.offerkit.imaging;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * JPEG, GIF, BMP and TIFF through ImageIO (TwelveMonkeys' JPEG and TIFF readers take precedence when present: they
 * decode CMYK/YCCK and apply embedded ICC profiles), then each format's own corrections: EXIF orientation for JPEG,
 * the logical screen for GIF, straight alpha in 32-bit BMP.
 */
final class ImageIoSource {
    private ImageIoSource() {
    }

    /** A decoded first image and its header size. */
    record Decoded(BufferedImage image, int[] argb, int width, int height) {
    }

    static SourceImage read(byte[] data, String name, String format) throws ImagingException {
        Decoded decoded = decode(data, name, format);
        BufferedImage image = decoded.image();
        int[] argb = decoded.argb();
        int width = decoded.width();
        int height = decoded.height();
        String colourType = colourType(image);
        boolean hasAlpha = image.getColorModel().hasAlpha();
        switch (format) {
            case "JPEG" -> {
                JpegMarkers markers = JpegMarkers.parse(data);
                if (markers.components() == 4) {
                    colourType = "CMYK";
                }
                Oriented upright = ExifOrientation.apply(argb, width, height, markers.orientation());
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
        ImageFacts facts = new ImageFacts(format, width, height, colourType, image.getColorModel().getComponentSize(0),
                hasAlpha, hasAlpha && Pixels.alphaUsed(argb), iccDescription(data), data.length);
        return new SourceImage(ArgbPixels.toImage(argb, width, height), facts);
    }

    static Decoded decode(byte[] data, String name, String format) throws ImagingException {
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
                BufferedImage image = reader.read(0);
                if (format.equals("GIF")) {
                    GifFirstFrame.Placed placed = GifFirstFrame.onLogicalScreen(reader, image, name);
                    return new Decoded(image, placed.argb(), placed.width(), placed.height());
                }
                return new Decoded(image, SrgbArgb.of(image), image.getWidth(), image.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        }
    }

    static String colourType(BufferedImage image) {
        var cm = image.getColorModel();
        if (cm instanceof IndexColorModel) {
            return "palette";
        }
        int type = cm.getColorSpace().getType();
        if (type == java.awt.color.ColorSpace.TYPE_GRAY) {
            return cm.hasAlpha() ? "grey+alpha" : "grey";
        }
        if (type == java.awt.color.ColorSpace.TYPE_CMYK) {
            return "CMYK";
        }
        return cm.hasAlpha() ? "RGBA" : "RGB";
    }

    /** The embedded profile's name via Commons Imaging, which reads ICC from JPEG, GIF, BMP and TIFF alike. */
    static String iccDescription(byte[] data) {
        try {
            ICC_Profile profile = org.apache.commons.imaging.Imaging.getIccProfile(data);
            return profile == null ? null : IccProfiles.description(profile);
        } catch (IOException | RuntimeException e) {
            return null; // metadata only: a profile we cannot read does not stop the image from loading
        }
    }
}
