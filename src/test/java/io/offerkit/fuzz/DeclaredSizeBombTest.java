package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.ImagingException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Small files whose headers declare gigapixel images: each is refused with an ImagingException, fast, and without
 * allocating pixel memory (a 100000x100000 ARGB image would need 40 GB; the heap grows by less than
 * {@value #HEAP_SLACK_MB} MB). SVG bombs are covered by {@code imaging.SvgSecurityTest}, PSD and ICO headers by
 * {@code imaging.CorruptInputTest}.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class DeclaredSizeBombTest {
    private static final int HEAP_SLACK_MB = 32;

    @Test
    void png() {
        byte[] png = Samples.png();
        ByteBuffer.wrap(png).putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // IHDR type and data: the forged header must look intact
        ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        refusedWithinBudget(png, "bomb.png");
    }

    @Test
    void jpeg() {
        byte[] jpeg = Samples.imageIo("jpeg");
        int sof = indexOf(jpeg, (byte) 0xFF, (byte) 0xC0);
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 65_500).putShort(sof + 7, (short) 65_500);
        refusedWithinBudget(jpeg, "bomb.jpg");
    }

    @Test
    void gifWhoseFrameDeclaresTheHugeSize() {
        byte[] gif = Samples.imageIo("gif");
        ByteBuffer b = ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(6, (short) 65_000).putShort(8, (short) 65_000);
        int frame = GifBytes.firstFrame(gif);
        b.putShort(frame + 5, (short) 65_000).putShort(frame + 7, (short) 65_000);
        refusedWithinBudget(gif, "bomb.gif");
    }

    @Test
    void bmp() {
        byte[] bmp = Samples.imageIo("bmp");
        ByteBuffer.wrap(bmp).order(ByteOrder.LITTLE_ENDIAN).putInt(18, 100_000).putInt(22, 100_000);
        // ImageIO's BMP reader already rejects an uncompressed header larger than its data, before our budget check.
        refusedWithinBudget(bmp, "bomb.bmp", "Invalid width/height");
    }

    @Test
    void tiff() {
        byte[] tiff = Samples.imageIo("tiff");
        ByteBuffer b = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd = b.getInt(4);
        int entries = Short.toUnsignedInt(b.getShort(ifd));
        int forged = 0;
        for (int i = 0; i < entries; i++) {
            int at = ifd + 2 + 12 * i;
            int tag = Short.toUnsignedInt(b.getShort(at));
            if (tag == 256 || tag == 257) { // ImageWidth, ImageLength: rewritten as LONGs
                b.putShort(at + 2, (short) 4).putInt(at + 4, 1).putInt(at + 8, 100_000);
                forged++;
            }
        }
        assertThat(forged).as("width and height tags found").isEqualTo(2);
        refusedWithinBudget(tiff, "bomb.tif");
    }

    private static void refusedWithinBudget(byte[] data, String name) {
        refusedWithinBudget(data, name, "budget");
    }

    private static void refusedWithinBudget(byte[] data, String name, String reason) {
        long before = usedHeap();
        assertThatThrownBy(() -> ImageDecoder.read(data, name))
                .isInstanceOf(ImagingException.class)
                .hasMessageContaining(reason);
        long grown = usedHeap() - before;
        assertThat(grown).as("heap growth in bytes while refusing " + name).isLessThan(HEAP_SLACK_MB * 1024L * 1024);
    }

    /** Heap in use after a collection, so garbage from earlier tests does not blur the comparison. */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int indexOf(byte[] data, byte first, byte second) {
        for (int i = 0; i + 1 < data.length; i++) {
            if (data[i] == first && data[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("marker not found");
    }
}
