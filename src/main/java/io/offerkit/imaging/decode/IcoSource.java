package io.offerkit.imaging.decode;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.SrgbArgb;
import io.offerkit.imaging.png.PngDecoder;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.Pixels;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.ico.IcoImageParser;

/**
 * An ICO or CUR file: the directory is read here and the best entry chosen (largest, then deepest colour), because a
 * logo needs the biggest picture and not the 16x16 one a parser returns first. A PNG-compressed entry goes through
 * our own PNG decoder; a bitmap entry (a DIB with an AND mask) through Commons Imaging, handed that entry alone.
 */
public final class IcoSource {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int MAX_ENTRIES = 256;

    private IcoSource() {
    }

    /** One directory entry with the size its own header declares (the directory's bytes say 0 for 256). */
    record Entry(int offset, int length, boolean png, int width, int height, int bitsPerPixel) {
        long area() {
            return (long) width * height;
        }
    }

    public static SourceImage read(byte[] data, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        Entry best = bestEntry(data, name);
        PixelBudget.check(name, best.width(), best.height());
        byte[] image = Arrays.copyOfRange(data, best.offset(), best.offset() + best.length());
        int[] argb;
        int width;
        int height;
        String colourType;
        if (best.png()) {
            PngDecoder.Result png = PngSource.decode(image, name, monitor.slice(0, 0.95));
            argb = png.argb();
            width = png.width();
            height = png.height();
            colourType = "PNG-compressed " + PngSource.colourType(png);
        } else {
            BufferedImage decoded = decodeBitmap(data, best, name);
            monitor.checkCancelled();
            argb = SrgbArgb.of(decoded);
            width = decoded.getWidth();
            height = decoded.getHeight();
            colourType = best.bitsPerPixel() == 32 ? "RGBA" : best.bitsPerPixel() <= 8 ? "palette" : "RGB";
        }
        monitor.checkCancelled();
        boolean alphaUsed = Pixels.alphaUsed(argb);
        ImageFacts facts = new ImageFacts("ICO", width, height, colourType,
                best.png() ? best.bitsPerPixel() : Math.min(8, best.bitsPerPixel()), true, alphaUsed, null,
                data.length);
        SourceImage source = new SourceImage(ArgbPixels.toImage(argb, width, height), facts);
        monitor.progress(1);
        return source;
    }

    static Entry bestEntry(byte[] d, String name) throws ImagingException {
        if (d.length < 6) {
            throw new ImagingException(name + " is truncated: it ends inside the icon header.");
        }
        ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        int count = b.getShort(4) & 0xFFFF;
        if (count == 0 || count > MAX_ENTRIES) {
            throw new ImagingException(name + " is damaged: its icon directory lists " + count + " images.");
        }
        if (6 + 16L * count > d.length) {
            throw new ImagingException(name + " is truncated: it ends inside the icon directory.");
        }
        Entry best = null;
        for (int i = 0; i < count; i++) {
            int at = 6 + 16 * i;
            long length = b.getInt(at + 8) & 0xFFFFFFFFL;
            long offset = b.getInt(at + 12) & 0xFFFFFFFFL;
            if (length < 16 || offset + length > d.length) {
                continue; // an entry pointing outside the file: skip it, another may be whole
            }
            Entry entry = describe(d, b, (int) offset, (int) length);
            if (entry != null && (best == null || entry.area() > best.area()
                    || (entry.area() == best.area() && entry.bitsPerPixel() > best.bitsPerPixel()))) {
                best = entry;
            }
        }
        if (best == null) {
            throw new ImagingException(name + " is damaged or truncated: none of its " + count
                    + " icon images is complete.");
        }
        return best;
    }

    private static Entry describe(byte[] d, ByteBuffer b, int offset, int length) {
        if (Arrays.equals(d, offset, offset + 8, PNG_SIGNATURE, 0, 8)) {
            if (length < 33) {
                return null;
            }
            ByteBuffer be = ByteBuffer.wrap(d).order(ByteOrder.BIG_ENDIAN);
            int depth = d[offset + 24] & 0xFF;
            int channels = switch (d[offset + 25] & 0xFF) {
                case 2 -> 3;
                case 4 -> 2;
                case 6 -> 4;
                default -> 1;
            };
            return new Entry(offset, length, true, be.getInt(offset + 16), be.getInt(offset + 20), depth * channels);
        }
        int headerSize = b.getInt(offset);
        if (headerSize < 40) {
            return null;
        }
        int width = b.getInt(offset + 4);
        int height = b.getInt(offset + 8) / 2; // the DIB's height counts the colour image and the AND mask
        int bits = b.getShort(offset + 14) & 0xFFFF;
        return width > 0 && height > 0 ? new Entry(offset, length, false, width, height, bits) : null;
    }

    /** A one-entry icon file around the chosen bitmap, so Commons Imaging decodes exactly that entry. */
    private static BufferedImage decodeBitmap(byte[] d, Entry entry, String name) throws ImagingException {
        ByteBuffer single = ByteBuffer.allocate(6 + 16 + entry.length()).order(ByteOrder.LITTLE_ENDIAN);
        single.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        single.put((byte) (entry.width() >= 256 ? 0 : entry.width()))
                .put((byte) (entry.height() >= 256 ? 0 : entry.height()))
                .put((byte) 0).put((byte) 0)
                .putShort((short) 1).putShort((short) entry.bitsPerPixel())
                .putInt(entry.length()).putInt(22);
        single.put(d, entry.offset(), entry.length());
        try {
            BufferedImage image = new IcoImageParser().getBufferedImage(ByteSource.array(single.array()), null);
            if (image == null) {
                throw new ImagingException(name + " is damaged: its largest icon image cannot be decoded.");
            }
            return image;
        } catch (IOException e) {
            throw new ImagingException(name + " is damaged: its largest icon image cannot be decoded ("
                    + e.getMessage() + ").", e);
        }
    }
}
