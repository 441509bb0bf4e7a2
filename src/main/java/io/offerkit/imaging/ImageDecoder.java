package io.offerkit.imaging;

import java.awt.image.BufferedImage;
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
 * whose declared size exceeds the pixel budget before any pixel memory is allocated.
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
            throw new ImagingException(name + " is not an image OfferKit can read (PNG, JPEG, GIF, BMP).");
        }
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
                            + " pixels, more than OfferKit's budget of " + MAX_PIXELS + " pixels.");
                }
                BufferedImage decoded = reader.read(0);
                BufferedImage argb = toArgb(decoded);
                boolean hasAlpha = decoded.getColorModel().hasAlpha();
                ImageFacts facts = new ImageFacts(format, width, height, colorType(decoded), bitDepth(decoded),
                        hasAlpha, hasAlpha && alphaUsed(argb), null, data.length);
                return new SourceImage(argb, facts);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImagingException(name + " is damaged or truncated and cannot be decoded ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }

    static BufferedImage toArgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = argb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return argb;
    }

    private static boolean alphaUsed(BufferedImage argb) {
        int[] row = new int[argb.getWidth()];
        for (int y = 0; y < argb.getHeight(); y++) {
            argb.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int p : row) {
                if ((p >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String colorType(BufferedImage image) {
        var cm = image.getColorModel();
        if (cm instanceof java.awt.image.IndexColorModel) {
            return "palette";
        }
        boolean grey = cm.getColorSpace().getType() == java.awt.color.ColorSpace.TYPE_GRAY;
        if (grey) {
            return cm.hasAlpha() ? "grey+alpha" : "grey";
        }
        return cm.hasAlpha() ? "RGBA" : "RGB";
    }

    private static int bitDepth(BufferedImage image) {
        return image.getColorModel().getComponentSize(0);
    }
}
