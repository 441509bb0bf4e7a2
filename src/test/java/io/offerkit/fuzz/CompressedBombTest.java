package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Small files whose compressed data "expands" to a huge image: an RLE8 / RLE4 BMP, a GIF (LZW), a TIFF with
 * Deflate, PackBits or LZW strips and a JPEG, each a few hundred bytes declaring 12000x12000 — inside the pixel
 * budget, so the budget alone let them through: before the fix each was decoded (GIF 3.4 s and 1.2 GB allocated,
 * JPEG 5.4 s and 1.9 GB, RLE BMP 4-8 s and 1.2 GB) or allocated a 412 MB raster before failing (TIFF). Now each is
 * refused from its header, as are those declaring more than the budget. Memory is measured as the bytes the
 * decoding thread allocates (every allocation counts, not just what is left after a GC), time by {@code @Timeout}.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class CompressedBombTest {
    /** Reading a header, ImageIO's reader set-up and the error message: a few MB at most. */
    private static final long ALLOCATION_LIMIT = 32L * 1024 * 1024;
    private static final int SIDE = 12_000; // 144 Mpx: inside the 150 Mpx budget

    // --- BMP, run-length encoded ---

    static final int BI_RLE8 = 1;
    static final int BI_RLE4 = 2;

    /** A BMP with a grey palette and the given RLE data. */
    static byte[] rleBmp(int width, int height, int compression, byte[] data) {
        int bits = compression == BI_RLE8 ? 8 : 4;
        int colours = 1 << bits;
        int offset = 14 + 40 + colours * 4;
        ByteBuffer b = ByteBuffer.allocate(offset + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(offset + data.length).putInt(0).putInt(offset);
        b.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) bits).putInt(compression)
                .putInt(data.length).putInt(2835).putInt(2835).putInt(colours).putInt(0);
        for (int i = 0; i < colours; i++) {
            b.putInt(i * (255 / (colours - 1)) * 0x010101);
        }
        return b.put(data).array();
    }

    /** Runs of at most 255 pixels of {@code index} filling every row, an end-of-line after each, end-of-bitmap. */
    static byte[] fullRuns(int width, int height, int index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x += 255) {
                out.write(Math.min(255, width - x));
                out.write(index);
            }
            out.write(0);
            out.write(0);
        }
        out.write(0);
        out.write(1);
        return out.toByteArray();
    }

    /** One run, then end-of-bitmap: the rest of the declared image is left to the decoder to fill. */
    private static final byte[] ALMOST_NOTHING = {(byte) 255, 7, 0, 0, 0, 1};

    @Test
    void rle8DeclaringASizeInsideTheBudgetThatItsDataCannotFill() {
        refused(rleBmp(SIDE, SIDE, BI_RLE8, ALMOST_NOTHING), "rle8.bmp", "pixels per byte");
    }

    @Test
    void rle4DeclaringASizeInsideTheBudgetThatItsDataCannotFill() {
        refused(rleBmp(SIDE, SIDE, BI_RLE4, new byte[] {(byte) 255, 0x77, 0, 1}), "rle4.bmp", "pixels per byte");
    }

    @Test
    void rle8FullOfDeltaSkipsIsRefusedToo() {
        // 4-byte "delta" escapes move the pen 255 right and 255 down without writing a pixel: 400 KB of them.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            out.writeBytes(new byte[] {0, 2, (byte) 255, (byte) 255});
        }
        // 40 KB is enough to pass the pixels-per-byte bound: the RLE stream itself is walked and writes nothing.
        refused(rleBmp(SIDE, SIDE, BI_RLE8, out.toByteArray()), "delta.bmp", "writes only 0 of them");
        // So is a stream that ends every row at once: 24 KB of "end of line".
        byte[] eol = new byte[2 * SIDE];
        refused(rleBmp(SIDE, SIDE, BI_RLE8, eol), "eol.bmp", "pixels per byte");
        byte[] padded = Arrays.copyOf(eol, 64 * 1024);
        refused(rleBmp(SIDE, SIDE, BI_RLE8, padded), "eol-padded.bmp", "writes only 0 of them");
    }

    @Test
    void rleDeclaringMoreThanTheBudget() {
        refused(rleBmp(20_000, 20_000, BI_RLE8, ALMOST_NOTHING), "huge-rle8.bmp", "budget");
        refused(rleBmp(20_000, 20_000, BI_RLE4, ALMOST_NOTHING), "huge-rle4.bmp", "budget");
    }

    @Test
    void realRleFilesStillDecodeAboveTheFreeSize() throws Exception {
        // 5000x5000 = 25 Mpx, above the size decoded whatever the file; 210 KB of runs, ~120 pixels per byte.
        byte[] bmp = rleBmp(5_000, 5_000, BI_RLE8, fullRuns(5_000, 5_000, 200));
        SourceImage image = ImageDecoder.read(bmp, "real-rle8.bmp");
        assertThat(image.facts().width()).isEqualTo(5_000);
        assertThat(image.pixels().getRGB(4_999, 4_999) & 0xFFFFFF).isEqualTo(0xC8C8C8);
        byte[] small = rleBmp(300, 200, BI_RLE4, fullRuns(300, 200, 0x55));
        assertThat(ImageDecoder.read(small, "small-rle4.bmp").facts().height()).isEqualTo(200);
    }

    // --- GIF (LZW) ---

    @Test
    void gifFrameDeclaringASizeItsLzwDataCannotFill() {
        byte[] gif = Samples.imageIo("gif");
        ByteBuffer b = ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(6, (short) SIDE).putShort(8, (short) SIDE);
        int frame = GifBytes.firstFrame(gif);
        b.putShort(frame + 5, (short) SIDE).putShort(frame + 7, (short) SIDE);
        refused(gif, "frame.gif", "pixels per byte");
    }

    @Test
    void gifWithASmallFrameOnAHugeScreen() {
        byte[] gif = Samples.imageIo("gif");
        ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) SIDE).putShort(8, (short) SIDE);
        refused(gif, "screen.gif", "pixels per byte");
        ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) 65_000).putShort(8, (short) 65_000);
        refused(gif, "huge-screen.gif", "budget");
    }

    // --- TIFF ---

    @Test
    void tiffWithCompressedStripsDeclaringASizeTheyCannotFill() {
        for (int compression : new int[] {1, 5, 8, 32773}) { // none, LZW, Deflate, PackBits
            refused(tiff(SIDE, compression, -1), "strips-" + compression + ".tif", "pixels per byte");
        }
    }

    @Test
    void tiffWithAHugeStripByteCountIsRefusedWithoutReadingIt() {
        refused(tiff(1_000, 1, 0x7FFF_FFF0L), "bytecount.tif", "damaged or truncated");
    }

    /** The sample TIFF with its size (and RowsPerStrip) forged as LONGs, its compression and strip byte count set. */
    private static byte[] tiff(int side, int compression, long stripBytes) {
        byte[] tiff = Samples.imageIo("tiff");
        ByteBuffer b = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int entries = Short.toUnsignedInt(b.getShort(ifd));
        for (int i = 0; i < entries; i++) {
            int at = ifd + 2 + 12 * i;
            int tag = Short.toUnsignedInt(b.getShort(at));
            if (tag == 256 || tag == 257 || tag == 278) {
                b.putShort(at + 2, (short) 4).putInt(at + 4, 1).putInt(at + 8, side);
            } else if (tag == 259) {
                b.putShort(at + 8, (short) compression);
            } else if (tag == 279 && stripBytes >= 0) {
                b.putShort(at + 2, (short) 4).putInt(at + 4, 1).putInt(at + 8, (int) stripBytes);
            }
        }
        return tiff;
    }

    // --- JPEG ---

    @Test
    void jpegDeclaringASizeItsScanCannotFill() {
        byte[] jpeg = Samples.imageIo("jpeg");
        int sof = 0;
        while (!(jpeg[sof] == (byte) 0xFF && jpeg[sof + 1] == (byte) 0xC0)) {
            sof++;
        }
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) SIDE).putShort(sof + 7, (short) SIDE);
        refused(jpeg, "scan.jpg", "pixels per byte");
    }

    // --- PSD (PackBits) ---

    @Test
    void psdDeclaringASizeItsPlanesCannotFill() {
        for (boolean packBits : new boolean[] {false, true}) {
            byte[] psd = Samples.psd(packBits);
            ByteBuffer.wrap(psd).putInt(14, SIDE).putInt(18, SIDE);
            refused(psd, "planes-" + packBits + ".psd", "pixels per byte");
        }
    }

    // --- helpers ---

    private static void refused(byte[] data, String name, String reason) {
        ThreadMXBean threads =
                (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThatThrownBy(() -> ImageDecoder.read(data, name))
                .isInstanceOf(ImagingException.class)
                .hasMessageContaining(name)
                .hasMessageContaining(reason);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while refusing " + name + " (" + data.length + " bytes)")
                .isLessThan(ALLOCATION_LIMIT);
    }
}
