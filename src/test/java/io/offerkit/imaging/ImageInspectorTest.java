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
