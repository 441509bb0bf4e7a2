package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.png.PngHeader;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInspectorTest {
    private static final Profile CPP = ProfileRegistry.builtIn().defaultProfile();

    @TempDir
    Path dir;

    private static byte[] encode(BufferedImage image, String format, boolean progressive) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage argb(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(w / 2, h / 2, 0xFF336699);
        return image;
    }

    private Path write(String name, byte[] data) throws Exception {
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void aCorrectPngSatisfiesItsSlotOnly() throws Exception {
        Inspection inspection = ImageInspector.inspect(write("m.png", PngEncoder.encode(argb(90, 90))), CPP);
        assertThat(inspection.readable()).isTrue();
        assertThat(inspection.satisfied()).extracting(SlotMatch::slotId).containsExactly("medium-90x90");
        SlotMatch small = inspection.slots().get(0);
        assertThat(small.problems()).containsExactly("wrong size: 90x90, needs 40x40");
        assertThat(small.notes()).contains("right shape, so it can be resized to 40x40");
    }

    @Test
    void aFileOfNoSlotsSizeIsExplainedForEverySlot() throws Exception {
        Inspection inspection = ImageInspector.inspect(write("sq.png", PngEncoder.encode(argb(288, 288))), CPP);
        Inspection.Explanation why = inspection.explanation();
        assertThat(why.fits()).isEmpty();
        assertThat(why.noSlot()).isEqualTo("no slot is 288x288; the profile needs 40x40, 90x90, 115x115, 255x115");
        assertThat(why.misses()).extracting(SlotMatch::reason).containsExactly(
                "wrong size: 288x288, needs 40x40 (right shape, so it can be resized to 40x40)",
                "wrong size: 288x288, needs 90x90 (right shape, so it can be resized to 90x90)",
                "wrong size: 288x288, needs 115x115 (right shape, so it can be resized to 115x115)",
                "wrong size: 288x288, needs 255x115");

        Inspection right = ImageInspector.inspect(write("m.png", PngEncoder.encode(argb(90, 90))), CPP);
        assertThat(right.explanation().fits()).extracting(SlotMatch::slotId).containsExactly("medium-90x90");
        assertThat(right.explanation().misses()).isEmpty();
    }

    @Test
    void aJpegNamedPngIsNotReallyAPng() throws Exception {
        BufferedImage rgb = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Inspection inspection = ImageInspector.inspect(write("s.png", encode(rgb, "jpeg", false)), CPP);
        assertThat(inspection.fileNotes()).contains("named .png but its content is JPEG");
        assertThat(inspection.slots().get(0).problems()).containsExactly("not really a PNG: the file is JPEG");
        assertThat(inspection.satisfied()).isEmpty();
    }

    @Test
    void sixteenBitIsRefusedAndInterlacingNoted() throws Exception {
        BufferedImage grey16 = new BufferedImage(115, 115, BufferedImage.TYPE_USHORT_GRAY);
        Inspection deep = ImageInspector.inspect(write("d.png", encode(grey16, "png", false)), CPP);
        assertThat(deep.slots().get(2).problems()).containsExactly("16 bits per channel: save as 8-bit");

        Inspection interlaced = ImageInspector.inspect(write("i.png", encode(argb(115, 115), "png", true)), CPP);
        assertThat(interlaced.slots().get(2).satisfied()).isTrue();
        assertThat(interlaced.slots().get(2).notes()).anyMatch(n -> n.startsWith("interlaced"));
    }

    @Test
    void damagedAndNonImagesAreUnreadableWithTheReason() throws Exception {
        byte[] png = PngEncoder.encode(argb(40, 40));
        byte[] corrupt = png.clone();
        corrupt[png.length - 20] ^= 0x55;
        assertThat(ImageInspector.inspect(write("c.png", corrupt), CPP).error()).startsWith("damaged PNG: checksum errors in");
        assertThat(ImageInspector.inspect(write("t.txt", "hello".getBytes()), CPP).error()).startsWith("not an image");
        assertThat(ImageInspector.inspect(dir.resolve("gone.png"), CPP).error()).isEqualTo("no such file");
    }

    @Test
    void a1280x720PngIsAScreenshotAndAVideoThumbnailAndThePlayIconIsNotPretendedToBeChecked() throws Exception {
        Inspection inspection = ImageInspector.inspect(write("shot.png", PngEncoder.encode(argb(1280, 720))), CPP);
        assertThat(inspection.satisfied()).extracting(SlotMatch::slotId).containsExactly("screenshot", "video-thumbnail");
        assertThat(inspection.satisfied()).extracting(SlotMatch::label).containsExactly("Screenshot", "Video thumbnail");
        assertThat(inspection.explanation().fits()).extracting(SlotMatch::slotId)
                .containsExactly("screenshot", "video-thumbnail");
        assertThat(inspection.slots()).as("the logo slots are still judged").hasSize(4).noneMatch(SlotMatch::satisfied);
        SlotMatch thumbnail = inspection.satisfied().get(1);
        assertThat(thumbnail.notes()).singleElement().asString().contains("play icon", "cannot");
        assertThat(inspection.satisfied().get(0).notes()).isEmpty();
    }

    @Test
    void aCaptureOfAnotherSizeIsToldTheSizeItShouldBe() throws Exception {
        Inspection big = ImageInspector.inspect(write("capture.png", PngEncoder.encode(argb(1920, 1080))), CPP);
        assertThat(big.satisfied()).isEmpty();
        Inspection.Explanation why = big.explanation();
        assertThat(why.noSlot()).isEqualTo("no slot is 1920x1080; the profile needs 40x40, 90x90, 115x115, 255x115");
        assertThat(why.media()).extracting(SlotMatch::slotId).containsExactly("screenshot", "video-thumbnail");
        assertThat(why.media().get(0).reason()).startsWith("wrong size: 1920x1080, needs 1280x720 (")
                .contains("offerkit screenshots");

        Inspection small = ImageInspector.inspect(write("small.png", PngEncoder.encode(argb(640, 360))), CPP);
        assertThat(small.explanation().media().get(0).reason()).startsWith("wrong size: 640x360, needs 1280x720 (")
                .contains("upscaled", "blurry");
        Inspection logo = ImageInspector.inspect(write("logo.png", PngEncoder.encode(argb(100, 100))), CPP);
        assertThat(logo.explanation().media()).as("a logo-sized file is no near screenshot").isEmpty();
    }

    @Test
    void aScreenshotMustBeAPngWithinTheGroupsByteLimit() throws Exception {
        BufferedImage rgb = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Inspection jpeg = ImageInspector.inspect(write("shot.jpg", encode(rgb, "jpeg", false)), CPP);
        assertThat(jpeg.satisfied()).isEmpty();
        assertThat(jpeg.explanation().media().get(0).problems()).containsExactly("not really a PNG: the file is JPEG");

        BufferedImage noisy = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                noisy.setRGB(x, y, random.nextInt());
            }
        }
        Path file = write("noisy.png", PngEncoder.encode(noisy));
        Profile limited = io.offerkit.profile.ProfileVariants.screenshotsUpToBytes(CPP, 1024 * 1024);
        Inspection over = ImageInspector.inspect(file, limited);
        assertThat(over.satisfied()).extracting(SlotMatch::slotId).containsExactly("video-thumbnail");
        assertThat(over.explanation().fits()).extracting(SlotMatch::slotId).containsExactly("video-thumbnail");
        SlotMatch screenshot = over.media().get(0);
        assertThat(screenshot.problems()).singleElement().asString()
                .startsWith("over the byte limit: " + io.offerkit.common.ByteSizes.text(Files.size(file)))
                .endsWith("at most " + io.offerkit.common.ByteSizes.text(1024 * 1024));
    }

    @Test
    void pngHeaderReadsIhdrAndChunks() throws Exception {
        PngHeader header = PngHeader.parse(encode(argb(7, 5), "png", true));
        assertThat(header.width()).isEqualTo(7);
        assertThat(header.height()).isEqualTo(5);
        assertThat(header.bitDepth()).isEqualTo(8);
        assertThat(header.colorTypeName()).isEqualTo("RGBA");
        assertThat(header.interlaced()).isTrue();
        assertThat(header.chunks()).startsWith("IHDR").endsWith("IEND");
        assertThat(header.crcErrors()).isEmpty();
        assertThat(header.complete()).isTrue();
        assertThat(PngHeader.parse("GIF89a".getBytes())).isNull();
    }
}
