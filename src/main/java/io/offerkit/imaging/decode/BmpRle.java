package io.offerkit.imaging.decode;

import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.Pixels;

/**
 * Run-length encoded BMPs (BI_RLE8, BI_RLE4) can leave pixels unwritten: "end of line", "end of bitmap" and "delta"
 * escapes move the pen without writing, so a file can declare 12000x12000 and write almost nothing, yet ImageIO
 * allocates and fills the whole image. This walks the RLE stream once, without decoding, and counts the pixels it
 * really writes, so a large image that is mostly never written is refused before any pixel memory is allocated.
 */
final class BmpRle {
    private static final int BI_RLE8 = 1;
    private static final int BI_RLE4 = 2;

    private BmpRle() {
    }

    /** Refuses an RLE BMP over {@link PixelBudget#FREE_PIXELS} whose stream writes less than half its pixels. */
    static void check(byte[] d, String name, int width, int height) throws ImagingException {
        long declared = (long) width * height;
        if (d.length < 54 || declared <= PixelBudget.FREE_PIXELS) {
            return;
        }
        long compression = u32(d, 30);
        if (compression != BI_RLE8 && compression != BI_RLE4) {
            return;
        }
        long written = writtenPixels(d, u32(d, 10), compression == BI_RLE4, width, height);
        if (written * 2 < declared) {
            throw new ImagingException(name + " declares " + width + "x" + height + " pixels but its run-length data"
                    + " writes only " + written + " of them: a decompression bomb, or a damaged file; it was not"
                    + " decoded.");
        }
    }

    /** Pixels the stream at {@code start} writes through runs and literal runs, up to the image's end. */
    static long writtenPixels(byte[] d, long start, boolean rle4, int width, int height) {
        long written = 0;
        long x = 0;
        long y = 0;
        long at = start;
        while (at + 1 < d.length && y < height) {
            int count = d[(int) at] & 0xFF;
            int value = d[(int) at + 1] & 0xFF;
            at += 2;
            if (count > 0) { // encoded run
                written += Math.max(0, Math.min(count, width - x));
                x += count;
            } else if (value == 0) { // end of line
                x = 0;
                y++;
            } else if (value == 1) { // end of bitmap
                break;
            } else if (value == 2) { // delta: move right and down without writing
                if (at + 1 >= d.length) {
                    break;
                }
                x += d[(int) at] & 0xFF;
                y += d[(int) at + 1] & 0xFF;
                at += 2;
            } else { // absolute run of `value` literal pixels, padded to a 16-bit boundary
                written += Math.max(0, Math.min(value, width - x));
                x += value;
                long bytes = rle4 ? (value + 1) / 2 : value;
                at += (bytes + 1) & ~1L;
            }
        }
        return Math.min(written, (long) width * height);
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }
}
