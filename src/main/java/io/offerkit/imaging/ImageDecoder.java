package io.offerkit.imaging;

import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes a source logo by its content (magic bytes, never the file name) into sRGB ARGB pixels, refusing files
 * whose declared size exceeds the pixel budget before any pixel memory is allocated. PNG is decoded by
 * {@link PngDecoder}; JPEG, GIF, BMP and TIFF by ImageIO. Every failure is an {@link ImagingException} with a
 * message for the user.
 */
public final class ImageDecoder {
    /** 12000x12000 is the largest source we promise to handle; beyond that a header is a bomb or a mistake. */
    public static final long MAX_PIXELS = 150_000_000L;
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
            throw new ImagingException(name + " is not an image OfferKit can read (PNG, JPEG, GIF, BMP, TIFF).");
        }
        try {
            return format.equals("PNG") ? readPng(data, name) : readWithImageIo(data, name, format);
        } catch (ImagingException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw new ImagingException(name + " is too large to decode in the memory available.", e);
        } catch (RuntimeException e) {
            // Decoders report damage in many ways (ArrayIndexOutOfBounds, IllegalState...); the user needs one.
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }

    private static SourceImage readPng(byte[] data, String name) throws ImagingException {
        PngDecoder.Result png = PngDecoder.decode(data, name, MAX_PIXELS);
        String icc = null;
        if (png.iccProfile() != null) {
            ICC_Profile profile = iccOrNull(png.iccProfile());
            if (profile != null) {
                icc = IccProfiles.description(profile);
                IccProfiles.convertToSrgb(png.argb(), png.width(), png.height(), profile);
            }
        }
        String colourType = switch (png.colourType()) {
            case 0 -> "grey";
            case 2 -> "RGB";
            case 3 -> "palette";
            case 4 -> "grey+alpha";
            default -> "RGBA";
        };
        if (png.interlaced()) {
            colourType += ", interlaced";
        }
        ImageFacts facts = new ImageFacts("PNG", png.width(), png.height(), colourType, png.bitDepth(),
                png.hasTransparency(), png.hasTransparency() && alphaUsed(png.argb()), icc, data.length);
        return new SourceImage(ArgbPixels.toImage(png.argb(), png.width(), png.height()), facts);
    }

    private static SourceImage readWithImageIo(byte[] data, String name, String format) throws ImagingException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImagingException(name + " looks like " + format + " but no decoder accepts it.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImagingException(name + " declares " + width + "x" + height
                            + " pixels, more than OfferKit's budget of " + MAX_PIXELS + " pixels; it was not decoded.");
                }
                BufferedImage decoded = reader.read(0);
                int[] argb = toArgb(decoded);
                boolean hasAlpha = decoded.getColorModel().hasAlpha();
                ImageFacts facts = new ImageFacts(format, width, height, colorType(decoded), bitDepth(decoded),
                        hasAlpha, hasAlpha && alphaUsed(argb), iccDescription(data), data.length);
                return new SourceImage(ArgbPixels.toImage(argb, decoded.getWidth(), decoded.getHeight()), facts);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", e);
        }
    }

    /**
     * ARGB of a decoded image. A single-band grey image is read sample by sample: its samples are already
     * gamma-encoded, but Java2D's getRGB treats the grey colour space as linear and would lighten them.
     */
    static int[] toArgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getColorModel() instanceof ComponentColorModel cm
                && cm.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY
                && cm.getNumComponents() <= 2) {
            Raster r = image.getRaster();
            int max = (1 << cm.getComponentSize(0)) - 1;
            boolean alpha = cm.hasAlpha();
            int[] argb = new int[w * h];
            int[] px = new int[r.getNumBands()];
            for (int y = 0, i = 0; y < h; y++) {
                for (int x = 0; x < w; x++, i++) {
                    r.getPixel(x, y, px);
                    int g = (px[0] * 255 + max / 2) / max;
                    int a = alpha ? (px[1] * 255 + max / 2) / max : 255;
                    argb[i] = a << 24 | g << 16 | g << 8 | g;
                }
            }
            return argb;
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }

    private static ICC_Profile iccOrNull(byte[] bytes) {
        try {
            return ICC_Profile.getInstance(bytes);
        } catch (IllegalArgumentException e) {
            return null; // an unreadable profile: the pixels are taken as sRGB, as browsers do
        }
    }

    /** The embedded profile's name via Commons Imaging, which reads ICC from JPEG, GIF, BMP and TIFF alike. */
    private static String iccDescription(byte[] data) {
        try {
            ICC_Profile profile = org.apache.commons.imaging.Imaging.getIccProfile(data);
            return profile == null ? null : IccProfiles.description(profile);
        } catch (IOException | RuntimeException e) {
            return null; // metadata only: a profile we cannot read does not stop the image from loading
        }
    }

    private static boolean alphaUsed(int[] argb) {
        for (int p : argb) {
            if ((p >>> 24) != 0xFF) {
                return true;
            }
        }
        return false;
    }

    private static String colorType(BufferedImage image) {
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

    private static int bitDepth(BufferedImage image) {
        return image.getColorModel().getComponentSize(0);
    }
}
