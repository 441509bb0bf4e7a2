package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile captures through {@link ImageDecoder#read(Path)}, the one door the Screenshots section (its capture loads)
 * and {@code offerkit screenshots} both decode by: a JPEG whose EXIF block is broken decodes as stored and says so
 * in its facts' note; a PNG declaring 100000x100000 and a truncated PNG are refused with one plain sentence that
 * names the file, never an exception's name or a stack.
 */
class HostileCaptureDecodeTest {
    private static final int[] QUADRANTS = {0xCC2200, 0x336699, 0xFFFFFF, 0x000000};

    @TempDir
    Path dir;

    /**
     * EXIF blocks that say "Exif" and then cannot be read: the TIFF header cut after its byte order, a byte order
     * that is neither "II" nor "MM", the magic 42 wrong, the first directory past the end, an entry cut short,
     * and an orientation of 99.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Exif\0\0MM",
            "Exif\0\0XX\0*\0\0\0\u0008\0\0",
            "Exif\0\0MM\0\u0007\0\0\0\u0008\0\0",
            "Exif\0\0MM\0*\u00ff\u00ff\u00ff\u00f0 broken",
            "Exif\0\0II*\0\u0008\0\0\0\u0005\0\u0012\u0001\u0003",
            "Exif\0\0MM\0*\0\0\0\u0008\0\u0001\u0001\u0012\0\u0003\0\0\0\u0001\0\u0063\0\0\0\0\0\0"})
    void aJpegWithABrokenExifBlockDecodesAsStoredAndSaysItsOrientationWasNotApplied(String exif) throws Exception {
        Path file = brokenExif(exif);

        SourceImage image = ImageDecoder.read(file);

        assertThat(image.width() + "x" + image.height()).isEqualTo("160x90");
        assertThat(image.pixels().getRGB(5, 5) >> 16 & 0xFF).as("the red top-left quadrant, not turned").isBetween(0xBC, 0xDC);
        assertThat(image.facts().note()).isEqualTo(ImageFacts.EXIF_DAMAGED);
        assertThat(image.facts().summary()).startsWith("JPEG 160x90").endsWith("turn it upright in an image editor");
    }

    @Test
    void aJpegWithoutExifOrWithAReadableOneHasNoNote() throws Exception {
        byte[] plain = FormatCorpus.jpeg(FormatCorpus.quadrants(160, 90, QUADRANTS));
        assertThat(ImageDecoder.read(plain, "plain.jpg").facts().note()).isNull();
        byte[] xmp = FormatCorpus.withSegment(plain, 0xE1,
                "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ImageDecoder.read(xmp, "xmp.jpg").facts().note()).isNull();
        // IFD0 with one entry, Orientation = 6 (stored rows are the upright picture's right-hand column).
        byte[] turned = FormatCorpus.withSegment(plain, 0xE1,
                "Exif\0\0MM\0*\0\0\0\u0008\0\u0001\u0001\u0012\0\u0003\0\0\0\u0001\0\u0006\0\0\0\0\0\0"
                        .getBytes(StandardCharsets.ISO_8859_1));
        SourceImage upright = ImageDecoder.read(turned, "turned.jpg");
        assertThat(upright.facts().note()).isNull();
        assertThat(upright.width() + "x" + upright.height()).isEqualTo("90x160");
    }

    @Test
    void aCaptureDeclaring100000x100000IsRefusedBeforeItsPixelsAreAllocated() throws Exception {
        Path file = Files.write(dir.resolve("huge.png"), PngFiles.headerOnly(100_000, 100_000));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        ImagingException refused = catchThrowableOfType(() -> ImageDecoder.read(file), ImagingException.class);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(16L << 20);
        assertPlainRefusal(refused, "huge.png");
        assertThat(refused.getMessage()).contains("100000x100000");
    }

    @Test
    void aTruncatedPngIsRefusedWithOnePlainSentence() throws Exception {
        byte[] png = PngEncoder.encode(FormatCorpus.quadrants(1280, 720, QUADRANTS));
        for (int keep : new int[] {20, 40, png.length / 2, png.length - 13}) {
            Path file = Files.write(dir.resolve("cut-" + keep + ".png"), Arrays.copyOf(png, keep));
            ImagingException refused = catchThrowableOfType(() -> ImageDecoder.read(file), ImagingException.class);
            assertPlainRefusal(refused, "cut-" + keep + ".png");
        }
    }

    private static void assertPlainRefusal(ImagingException refused, String name) {
        assertThat(refused).as("refused with an ImagingException").isNotNull();
        assertThat(refused.getMessage()).contains(name).doesNotContain("Exception", "\n", "null");
    }

    private Path brokenExif(String exif) throws Exception {
        byte[] jpeg = FormatCorpus.jpeg(FormatCorpus.quadrants(160, 90, QUADRANTS));
        return Files.write(dir.resolve("phone.jpg"),
                FormatCorpus.withSegment(jpeg, 0xE1, exif.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
