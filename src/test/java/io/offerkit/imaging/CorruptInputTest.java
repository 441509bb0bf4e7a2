package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Damaged files of every format: decoded or refused with an ImagingException, never any other exception. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class CorruptInputTest {
    private static Map<String, byte[]> corpus() {
        BufferedImage logo = TestImages.logo(48, 32, false);
        BufferedImage rgb = FormatCorpus.quadrants(48, 32, new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00});
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("png", PngEncoder.encode(logo));
        files.put("jpg", FormatCorpus.withOrientation(FormatCorpus.jpeg(rgb), 6, true));
        files.put("cmyk.jpg", FormatCorpus.cmykJpeg(new int[][] {{0, 0, 0, 0}, {100, 0, 0, 0}, {0, 100, 0, 0},
            {0, 0, 0, 100}}, 32, 32, false));
        files.put("gif", FormatCorpus.transparentGif(32, 32, 0x123456));
        files.put("bmp", FormatCorpus.bmp32(logo, true));
        files.put("tif", FormatCorpus.write(rgb, "tiff"));
        files.put("ico", FormatCorpus.ico(new BufferedImage[] {logo, logo},
                new byte[][] {FormatCorpus.icoBitmapEntry(logo), PngEncoder.encode(logo)}));
        files.put("psd", FormatCorpus.psd(logo, true));
        files.put("svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\">"
                + "<rect x=\"2\" y=\"2\" width=\"30\" height=\"10\" fill=\"#C01F3A\"/>"
                + "<circle cx=\"30\" cy=\"10\" r=\"6\" fill=\"#0E9F8E\"/></svg>").getBytes(StandardCharsets.UTF_8));
        files.put("svgz", FormatCorpus.gzip(files.get("svg")));
        return files;
    }

    @Test
    void theIntactCorpusDecodes() throws Exception {
        for (Map.Entry<String, byte[]> file : corpus().entrySet()) {
            SourceImage image = ImageDecoder.read(file.getValue(), "ok." + file.getKey());
            assertThat(image.width()).as(file.getKey()).isPositive();
        }
    }

    @Test
    void truncatedFilesAreRefusedOrDecodedNeverCrash() {
        for (Map.Entry<String, byte[]> file : corpus().entrySet()) {
            byte[] data = file.getValue();
            for (int length : new int[] {0, 1, 4, 12, 30, data.length / 3, data.length / 2, data.length * 2 / 3,
                    data.length - 1}) {
                decodeOrRefuse(Arrays.copyOf(data, Math.min(length, data.length)), file.getKey() + "@" + length);
            }
        }
    }

    @Test
    void flippedBytesAreRefusedOrDecodedNeverCrash() {
        Random random = new Random(7);
        for (Map.Entry<String, byte[]> file : corpus().entrySet()) {
            byte[] data = file.getValue();
            for (int i = 0; i < 40; i++) {
                byte[] damaged = data.clone();
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    // Most damage near the start, where headers and directories live.
                    int at = random.nextBoolean() ? random.nextInt(Math.min(64, data.length))
                            : random.nextInt(data.length);
                    damaged[at] ^= (byte) (1 + random.nextInt(255));
                }
                decodeOrRefuse(damaged, file.getKey() + "#" + i);
            }
        }
    }

    private static void decodeOrRefuse(byte[] data, String name) {
        try {
            SourceImage image = ImageDecoder.read(data, name);
            assertThat(image.pixels().getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
            assertThat(image.facts()).isNotNull();
        } catch (ImagingException e) {
            assertThat(e.getMessage()).as(name).isNotBlank();
        } catch (Throwable t) {
            throw new AssertionError(name + " threw " + t, t);
        }
    }

    @Test
    void forgedHugeHeadersAreRefusedBeforeDecoding() {
        byte[] psd = FormatCorpus.psd(TestImages.logo(8, 8, false), false);
        ByteBuffer.wrap(psd).putInt(14, 300_000).putInt(18, 300_000);
        assertThatThrownBy(() -> ImageDecoder.read(psd, "big.psd")).isInstanceOf(ImagingException.class)
                .hasMessageContaining("budget");

        BufferedImage small = TestImages.logo(8, 8, false);
        byte[] entry = FormatCorpus.icoBitmapEntry(small);
        ByteBuffer.wrap(entry).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 100_000).putInt(8, 200_000);
        byte[] ico = FormatCorpus.ico(new BufferedImage[] {small}, new byte[][] {entry});
        assertThatThrownBy(() -> ImageDecoder.read(ico, "big.ico")).isInstanceOf(ImagingException.class)
                .hasMessageContaining("budget");

        byte[] gif = FormatCorpus.transparentGif(8, 8, 0x123456);
        ByteBuffer.wrap(gif).order(ByteOrder.LITTLE_ENDIAN).putShort(6, (short) 65000).putShort(8, (short) 65000);
        // The logical screen is forged, the frame is small: placing it must not allocate 65000x65000.
        assertThatThrownBy(() -> ImageDecoder.read(gif, "big.gif")).isInstanceOf(ImagingException.class)
                .hasMessageContaining("budget");
    }

    @Test
    void unknownContentNamesTheSupportedFormats() {
        assertThatThrownBy(() -> ImageDecoder.read("hello".getBytes(StandardCharsets.UTF_8), "note.txt"))
                .isInstanceOf(ImagingException.class)
                .hasMessageContaining("PNG, JPEG, GIF, BMP, TIFF, ICO, PSD, SVG");
    }
}
