package io.offerkit.imaging.png;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.PngFiles;
import io.offerkit.imaging.SlotRenderer;
import io.offerkit.imaging.TestImages;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngEncoderTest {

    static BufferedImage rgbaGradient() {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                img.setRGB(x, y, (x * 4) << 24 | (y * 5) << 16 | (x * 3) << 8 | (x + y));
            }
        }
        return img;
    }

    static BufferedImage opaqueNoise() {
        BufferedImage img = new BufferedImage(50, 30, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 50; x++) {
                img.setRGB(x, y, 0xFF000000 | random.nextInt(0x1000000));
            }
        }
        return img;
    }

    static BufferedImage greyGradient() {
        BufferedImage img = new BufferedImage(300, 20, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 300; x++) {
                int g = (x * 7 + y) % 256;
                img.setRGB(x, y, 0xFF000000 | g << 16 | g << 8 | g);
            }
        }
        return img;
    }

    static BufferedImage fewColoursWithTranslucency() {
        // Big and irregular enough that the palette's own chunks pay for themselves: the encoder keeps whichever
        // file is smallest, and a tiny image can be smaller as RGBA.
        BufferedImage img = TestImages.filled(133, 71, 0);
        int[] colours = {0, 0xFFFF0000, 0x8000FF00, 0xFF0000FF};
        Random random = new Random(3);
        for (int y = 0; y < 71; y++) {
            for (int x = 0; x < 133; x++) {
                img.setRGB(x, y, colours[random.nextInt(4)]);
            }
        }
        return img;
    }

    static BufferedImage blackAndWhite() {
        BufferedImage img = TestImages.filled(37, 9, 0xFFFFFFFF);
        for (int x = 0; x < 37; x += 3) {
            img.setRGB(x, x % 9, 0xFF000000);
        }
        return img;
    }

    static BufferedImage opaqueColoursWithClearHoles() {
        BufferedImage img = opaqueNoise();
        for (int x = 0; x < 50; x += 2) {
            img.setRGB(x, 3, 0);
        }
        return img;
    }

    @Test
    void everyImageSurvivesEncodingPixelForPixelInTheSmallestColourType() throws Exception {
        Object[][] cases = {
            {rgbaGradient(), PngColourType.RGBA.code(), 8},
            {opaqueNoise(), PngColourType.RGB.code(), 8},
            {greyGradient(), PngColourType.GREY.code(), 8},
            {fewColoursWithTranslucency(), PngColourType.PALETTE.code(), 2},
            {blackAndWhite(), PngColourType.GREY.code(), 1},
            {opaqueColoursWithClearHoles(), PngColourType.RGB.code(), 8},
            {TestImages.logo(120, 90, false), PngColourType.RGBA.code(), 8},
        };
        for (Object[] c : cases) {
            BufferedImage image = (BufferedImage) c[0];
            byte[] png = PngEncoder.encode(image);
            assertThat(png[25] & 0xFF).as("colour type of case %s", c[1]).isEqualTo(c[1]);
            assertThat(png[24] & 0xFF).as("bit depth").isEqualTo(c[2]);
            int[] expected = ArgbPixels.of(image);
            assertThat(ArgbPixels.of(ImageDecoder.read(png, "t.png").pixels())).isEqualTo(expected);
            if ((int) c[1] != PngColourType.GREY.code()) { // ImageIO reads grey as linear grey; our decoder is the judge there
                BufferedImage viaImageIo = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(viaImageIo.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                        .as("ImageIO agrees, case %s", c[1]).isEqualTo(expected);
            }
        }
    }

    @Test
    void greyWithTransparencyUsesGreyAlphaOrAPalette() throws Exception {
        BufferedImage img = new BufferedImage(300, 3, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 300; x++) {
            int g = x % 256;
            img.setRGB(x, 0, (x % 200) << 24 | g << 16 | g << 8 | g);
            img.setRGB(x, 1, 0xFF000000 | g << 16 | g << 8 | g);
            img.setRGB(x, 2, 0x80000000 | (255 - g) << 16 | (255 - g) << 8 | (255 - g));
        }
        byte[] png = PngEncoder.encode(img);
        assertThat(png[25] & 0xFF).isEqualTo(PngColourType.GREY_ALPHA.code());
        assertThat(ArgbPixels.of(ImageDecoder.read(png, "t.png").pixels())).isEqualTo(ArgbPixels.of(img));
    }

    @Test
    void theFileHoldsOnlyTheChunksItNeedsWithValidChecksums() {
        var plain = PngFiles.chunks(PngEncoder.encode(rgbaGradient()));
        assertThat(plain).extracting(PngFiles.Chunk::type).containsExactly("IHDR", "sRGB", "IDAT", "IEND");
        assertThat(plain).allMatch(PngFiles.Chunk::crcOk);
        var palette = PngFiles.chunks(PngEncoder.encode(fewColoursWithTranslucency()));
        assertThat(palette).extracting(PngFiles.Chunk::type)
                .containsExactly("IHDR", "sRGB", "PLTE", "tRNS", "IDAT", "IEND");
        assertThat(palette.get(3).data()).as("tRNS stops after the last translucent entry").hasSize(2);
        assertThat(palette).allMatch(PngFiles.Chunk::crcOk);
    }

    @Test
    void renderedSlotsAreSmallerThanImageIoWrites() throws Exception {
        for (BufferedImage slot : renderedSlots()) {
            ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
            ImageIO.write(slot, "png", imageIo);
            assertThat(PngEncoder.encode(slot).length).isLessThan(imageIo.size());
        }
    }

    @Test
    void renderedSlotsAreWithinTwoPercentOfOptipng(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("optipng"), "optipng is not installed");
        int i = 0;
        for (BufferedImage slot : renderedSlots()) {
            // optipng starts from ImageIO's file, so its result owes nothing to ours.
            Path file = dir.resolve("slot" + i++ + ".png");
            ImageIO.write(slot, "png", file.toFile());
            Process p = new ProcessBuilder("optipng", "-quiet", "-o2", file.toString()).redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor()).isZero();
            long optimised = Files.size(file);
            assertThat((double) PngEncoder.encode(slot).length).as("slot %d vs optipng %d", i, optimised)
                    .isLessThanOrEqualTo(optimised * 1.02);
        }
    }

    private static List<BufferedImage> renderedSlots() {
        List<BufferedImage> slots = new ArrayList<>();
        SourceImage transparent = TestImages.source(TestImages.logo(1024, 1024, false));
        SourceImage opaque = TestImages.source(TestImages.logo(1024, 700, true));
        for (var slot : TestImages.APPSOURCE_SLOTS) {
            slots.add(SlotRenderer.render(transparent, slot, SlotSettings.defaults()).image());
            slots.add(SlotRenderer.render(opaque, slot, SlotSettings.defaults().withBackground(SlotBackground.read("#F4EFE6"))).image());
        }
        return slots;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Logo slots, icons and logo masters keep all trials (their bytes unchanged); an opaque 1280x720 screenshot runs
     * the usual winner only.
     */
    @Test
    void allTrialsForLogosAndIconsOnlyTheUsualWinnerForScreenshots() {
        assertThat(PngEncoder.exhaustive(40, 40, true)).isTrue();
        assertThat(PngEncoder.exhaustive(255, 115, false)).isTrue();
        assertThat(PngEncoder.exhaustive(300, 300, true)).isTrue();
        assertThat(PngEncoder.exhaustive(1024, 1024, false)).isTrue();
        assertThat(PngEncoder.exhaustive(1280, 720, true)).isFalse();
        assertThat(PngEncoder.exhaustive(1366, 768, true)).isFalse();
        assertThat(PngEncoder.exhaustive(2048, 2048, false)).isFalse();
    }

    /** Screenshots deflate at zlib's default level (a third of level 9's time, 0.8 % larger); the rest stays at 9. */
    @Test
    void screenshotsDeflateAtTheDefaultLevelLogosIconsAndMastersAtNine() {
        assertThat(PngEncoder.level(1280, 720, true)).isEqualTo(6);
        assertThat(PngEncoder.level(1366, 768, true)).isEqualTo(6);
        assertThat(PngEncoder.level(300, 300, true)).isEqualTo(9);
        assertThat(PngEncoder.level(1024, 1024, false)).isEqualTo(9);
        assertThat(PngEncoder.level(2048, 2048, false)).isEqualTo(9);
    }
}
