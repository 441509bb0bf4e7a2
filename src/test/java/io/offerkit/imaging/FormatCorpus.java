package io.offerkit.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Files of every supported format, written in code (by hand where Java has no writer), for the decoder tests. */
public final class FormatCorpus {
    private FormatCorpus() {
    }

    static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RGB JPEG at high quality, so flat blocks keep their colour within a few codes. */
    public static byte[] jpeg(BufferedImage rgb) {
        return jpegOf(new IIOImage(rgb, null, null));
    }

    private static byte[] jpegOf(IIOImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.98f);
            writer.write(null, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Inserts a marker segment right after SOI. */
    public static byte[] withSegment(byte[] jpeg, int marker, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(jpeg.length + 4 + body.length);
        b.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) marker).putShort((short) (body.length + 2)).put(body);
        b.put(jpeg, 2, jpeg.length - 2);
        return b.array();
    }

    /** An APP1 Exif segment whose IFD0 has only the Orientation tag. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        tiff.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        tiff.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M');
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return withSegment(jpeg, 0xE1, tiff.array());
    }

    /**
     * A four-component JPEG as Photoshop writes it: an Adobe APP14 segment and inverted ink values; with
     * {@code ycck} C, M, Y are stored as YCbCr (transform 2, as libjpeg does), otherwise as they are (transform 0).
     *
     * @param inks C, M, Y, K in percent for each of the four quadrants (top-left, top-right, bottom-left, bottom-right)
     */
    public static byte[] cmykJpeg(int[][] inks, int w, int h, boolean ycck) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] ink = inks[(y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1)];
                double c = 255 - ink[0] * 2.55;
                double m = 255 - ink[1] * 2.55;
                double ye = 255 - ink[2] * 2.55;
                double k = 255 - ink[3] * 2.55;
                if (ycck) {
                    // libjpeg's YCCK: the inverted CMY samples are inverted once more (back to ink amounts) and
                    // stored as YCbCr; K stays inverted.
                    double r = ink[0] * 2.55;
                    double g = ink[1] * 2.55;
                    double bl = ink[2] * 2.55;
                    c = 0.299 * r + 0.587 * g + 0.114 * bl;
                    m = 128 - 0.168736 * r - 0.331264 * g + 0.5 * bl;
                    ye = 128 + 0.5 * r - 0.418688 * g - 0.081312 * bl;
                }
                raster.setPixel(x, y, new int[] {clamp(c), clamp(m), clamp(ye), clamp(k)});
            }
        }
        byte[] adobe = ByteBuffer.allocate(12).put("Adobe".getBytes(StandardCharsets.ISO_8859_1))
                .putShort((short) 100).putShort((short) 0).putShort((short) 0).put((byte) (ycck ? 2 : 0)).array();
        return withSegment(jpegOf(new IIOImage(raster, null, null)), 0xEE, adobe);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** A 32-bit BMP; {@code v5} declares an alpha mask, otherwise BI_RGB with alpha in the unused fourth byte. */
    static byte[] bmp32(BufferedImage image, boolean v5) {
        int w = image.getWidth();
        int h = image.getHeight();
        int header = v5 ? 124 : 40;
        ByteBuffer b = ByteBuffer.allocate(14 + header + w * h * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(b.capacity()).putInt(0).putInt(14 + header);
        b.putInt(header).putInt(w).putInt(h).putShort((short) 1).putShort((short) 32).putInt(v5 ? 3 : 0)
                .putInt(w * h * 4).putInt(2835).putInt(2835).putInt(0).putInt(0);
        if (v5) {
            b.putInt(0x00FF0000).putInt(0x0000FF00).putInt(0x000000FF).putInt(0xFF000000).putInt(0x73524742);
            b.put(new byte[36]).putInt(0).putInt(0).putInt(0).putInt(4).putInt(0).putInt(0).putInt(0);
        }
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                b.putInt(image.getRGB(x, y));
            }
        }
        return b.array();
    }

    /** A 32-bit bitmap icon entry: the DIB header (height doubled), BGRA rows bottom-up, then the AND mask. */
    static byte[] icoBitmapEntry(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int maskRow = ((w + 31) / 32) * 4;
        ByteBuffer b = ByteBuffer.allocate(40 + w * h * 4 + maskRow * h).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(40).putInt(w).putInt(h * 2).putShort((short) 1).putShort((short) 32).putInt(0).putInt(0)
                .putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = h - 1; y >= 0; y--) {
            for (int x = 0; x < w; x++) {
                b.putInt(image.getRGB(x, y));
            }
        }
        return b.array(); // the AND mask stays zero: the alpha channel decides
    }

    /** An icon file of the given entries (each a PNG file or a bitmap entry), sizes taken from the images. */
    static byte[] ico(BufferedImage[] images, byte[][] entries) {
        int size = 6 + 16 * entries.length;
        for (byte[] e : entries) {
            size += e.length;
        }
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) entries.length);
        int offset = 6 + 16 * entries.length;
        for (int i = 0; i < entries.length; i++) {
            b.put((byte) (images[i].getWidth() % 256)).put((byte) (images[i].getHeight() % 256)).put((byte) 0)
                    .put((byte) 0).putShort((short) 1).putShort((short) 32).putInt(entries[i].length).putInt(offset);
            offset += entries[i].length;
        }
        for (byte[] e : entries) {
            b.put(e);
        }
        return b.array();
    }

    /** A PSD with its composite image only: 8-bit RGB or RGBA, raw (uncompressed) planes. */
    static byte[] psd(BufferedImage image, boolean alpha) {
        int w = image.getWidth();
        int h = image.getHeight();
        int channels = alpha ? 4 : 3;
        ByteBuffer b = ByteBuffer.allocate(26 + 4 + 4 + 4 + 2 + channels * w * h);
        b.put("8BPS".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 1).put(new byte[6])
                .putShort((short) channels).putInt(h).putInt(w).putShort((short) 8).putShort((short) 3);
        b.putInt(0).putInt(0).putInt(0); // colour mode data, image resources, layer and mask info: all empty
        b.putShort((short) 0); // raw composite
        int[] shifts = {16, 8, 0, 24};
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    b.put((byte) (image.getRGB(x, y) >>> shifts[c]));
                }
            }
        }
        return b.array();
    }

    /** A palette GIF whose index 0 is transparent. */
    static byte[] transparentGif(int w, int h, int argbOpaque) {
        byte[] r = {0, (byte) (argbOpaque >> 16)};
        byte[] g = {0, (byte) (argbOpaque >> 8)};
        byte[] bl = {0, (byte) argbOpaque};
        IndexColorModel model = new IndexColorModel(1, 2, r, g, bl, 0);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, model);
        WritableRaster raster = image.getRaster();
        for (int y = h / 4; y < h * 3 / 4; y++) {
            for (int x = w / 4; x < w * 3 / 4; x++) {
                raster.setSample(x, y, 0, 1);
            }
        }
        return write(image, "gif");
    }

    static final int GIF_SCREEN = 30;
    static final int GIF_OFFSET = 10;

    /** A GIF whose only frame (8x8, opaque red) sits at (10, 10) of a 30x30 logical screen. */
    static byte[] offsetGif() {
        try {
            BufferedImage frame = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_INDEXED);
            Graphics2D g = frame.createGraphics();
            g.setColor(new Color(0xC01F3A));
            g.fillRect(0, 0, 8, 8);
            g.dispose();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
            IIOMetadata stream = writer.getDefaultStreamMetadata(null);
            String streamFormat = "javax_imageio_gif_stream_1.0";
            IIOMetadataNode streamRoot =
                    (IIOMetadataNode) stream.getAsTree(streamFormat);
            IIOMetadataNode screen = new IIOMetadataNode(
                    "LogicalScreenDescriptor");
            screen.setAttribute("logicalScreenWidth", String.valueOf(GIF_SCREEN));
            screen.setAttribute("logicalScreenHeight", String.valueOf(GIF_SCREEN));
            screen.setAttribute("colorResolution", "8");
            screen.setAttribute("pixelAspectRatio", "0");
            streamRoot.appendChild(screen);
            stream.setFromTree(streamFormat, streamRoot);
            IIOMetadata image = writer.getDefaultImageMetadata(type, null);
            String imageFormat = "javax_imageio_gif_image_1.0";
            IIOMetadataNode imageRoot =
                    (IIOMetadataNode) image.getAsTree(imageFormat);
            IIOMetadataNode descriptor = (IIOMetadataNode)
                    imageRoot.getElementsByTagName("ImageDescriptor").item(0);
            descriptor.setAttribute("imageLeftPosition", String.valueOf(GIF_OFFSET));
            descriptor.setAttribute("imageTopPosition", String.valueOf(GIF_OFFSET));
            image.setFromTree(imageFormat, imageRoot);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream s = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(s);
                writer.write(stream, new IIOImage(frame, null, image), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Four flat quadrants: red, green / blue, yellow (the asymmetric test pattern). */
    public static BufferedImage quadrants(int w, int h, int[] colours) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, colours[(y < h / 2 ? 0 : 2) + (x < w / 2 ? 0 : 1)]);
            }
        }
        return image;
    }
}
