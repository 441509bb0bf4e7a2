package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
    private static final int W = 13;
    private static final int H = 11;

    @Test
    void sixteenBitRgbaIsRoundedToEightBits() throws Exception {
        int[][][] s = samples(4, (x, y) -> new int[] {x * 20 * 257, y * 20 * 257, 0x1234, (x + y) * 10 * 257});
        SourceImage img = ImageDecoder.read(PngFiles.write(6, 16, s, null, null, null, false), "a.png");
        assertThat(img.pixels().getRGB(3, 2)).isEqualTo(50 << 24 | 60 << 16 | 40 << 8 | 18);
        assertThat(img.facts().bitDepth()).isEqualTo(16);
        assertThat(img.facts().colorType()).isEqualTo("RGBA");
        assertThat(img.facts().alphaUsed()).isTrue();
    }

    @Test
    void paletteWithTransparencyDecodes() throws Exception {
        byte[] plte = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255};
        byte[] trns = {0, (byte) 128};
        int[][][] s = samples(1, (x, y) -> new int[] {(x + y) % 3});
        SourceImage img = ImageDecoder.read(PngFiles.write(3, 2, s, plte, trns, null, false), "p.png");
        assertThat(img.pixels().getRGB(0, 0)).isEqualTo(0x00FF0000);
        assertThat(img.pixels().getRGB(1, 0)).isEqualTo(0x8000FF00);
        assertThat(img.pixels().getRGB(2, 0)).isEqualTo(0xFF0000FF);
        assertThat(img.facts().colorType()).isEqualTo("palette");
        assertThat(img.facts().bitDepth()).isEqualTo(2);
        assertThat(img.facts().hasAlpha()).isTrue();
    }

    @Test
    void greyAlphaKeepsItsGreyLevels() throws Exception {
        int[][][] s = samples(2, (x, y) -> new int[] {x * 19, 255 - y * 20});
        SourceImage img = ImageDecoder.read(PngFiles.write(4, 8, s, null, null, null, false), "g.png");
        int g = 5 * 19;
        assertThat(img.pixels().getRGB(5, 3)).as("no linear-grey lightening")
                .isEqualTo((255 - 60) << 24 | g << 16 | g << 8 | g);
        assertThat(img.facts().colorType()).isEqualTo("grey+alpha");
    }

    @Test
    void interlacedFilesDecodeLikeTheirPlainTwins() throws Exception {
        int[][][] rgba = samples(4, (x, y) -> new int[] {x * 19, y * 23, (x * y) % 256, 255 - x});
        int[][][] grey2 = samples(1, (x, y) -> new int[] {(x + 2 * y) % 4});
        for (Object[] c : new Object[][] {{6, 8, rgba}, {0, 2, grey2}}) {
            int colourType = (int) c[0];
            int depth = (int) c[1];
            int[][][] s = (int[][][]) c[2];
            SourceImage plain = ImageDecoder.read(PngFiles.write(colourType, depth, s, null, null, null, false), "p");
            SourceImage adam7 = ImageDecoder.read(PngFiles.write(colourType, depth, s, null, null, null, true), "i");
            assertThat(ArgbPixels.of(adam7.pixels())).isEqualTo(ArgbPixels.of(plain.pixels()));
            assertThat(adam7.facts().colorType()).endsWith("interlaced");
        }
        // And ImageIO's own interlaced writer.
        BufferedImage logo = TestImages.logo(57, 41, false);
        SourceImage fromImageIo = ImageDecoder.read(interlacedByImageIo(logo), "io.png");
        assertThat(ArgbPixels.of(fromImageIo.pixels())).isEqualTo(ArgbPixels.of(logo));
    }

    @Test
    void aNonSrgbIccProfileIsConvertedToSrgb() throws Exception {
        byte[] linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        int[][][] s = samples(3, (x, y) -> new int[] {128, 128, 128});
        SourceImage img = ImageDecoder.read(
                PngFiles.write(2, 8, s, null, null, PngFiles.compressedIcc(linear), false), "icc.png");
        assertThat(img.facts().iccProfile()).isNotBlank();
        int red = (img.pixels().getRGB(4, 4) >> 16) & 0xFF;
        assertThat(red).as("linear 0.5 is sRGB ~188").isBetween(183, 193);
    }

    @Test
    void jpegGifAndBmpDecodeThroughImageIo() throws Exception {
        BufferedImage rgb = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(new Color(200, 40, 60));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        for (String format : new String[] {"jpeg", "gif", "bmp"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(ImageIO.write(rgb, format, out)).isTrue();
            SourceImage img = ImageDecoder.read(out.toByteArray(), "x." + format);
            assertThat(img.facts().format()).isEqualTo(format.equals("jpeg") ? "JPEG" : format.toUpperCase());
            assertThat(img.width()).isEqualTo(40);
            assertThat(img.height()).isEqualTo(30);
            int p = img.pixels().getRGB(20, 15);
            assertThat((p >> 16) & 0xFF).isBetween(195, 205);
            assertThat((p >> 8) & 0xFF).isBetween(35, 45);
            assertThat(p >>> 24).isEqualTo(255);
        }
    }

    @Test
    void damagedDataIsRefusedWithAClearMessage() {
        byte[] good = PngEncoder.encode(TestImages.logo(120, 90, false));
        assertThatThrownBy(() -> ImageDecoder.read(Arrays.copyOf(good, good.length / 2), "cut.png"))
                .isInstanceOf(ImagingException.class).hasMessageContaining("cut.png is truncated");
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x55;
        assertThatThrownBy(() -> ImageDecoder.read(flipped, "flip.png"))
                .isInstanceOf(ImagingException.class).hasMessageContaining("damaged");
        Random random = new Random(1);
        for (int i = 0; i < 50; i++) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            assertThatThrownBy(() -> ImageDecoder.read(noise, "noise.bin")).isInstanceOf(ImagingException.class);
            byte[] afterSignature = noise.clone();
            if (noise.length > 8) {
                System.arraycopy(good, 0, afterSignature, 0, 8);
                assertThatThrownBy(() -> ImageDecoder.read(afterSignature, "n.png"))
                        .isInstanceOf(ImagingException.class);
            }
        }
        byte[] jpeg = jpegBytes();
        assertThatThrownBy(() -> ImageDecoder.read(Arrays.copyOf(jpeg, 200), "cut.jpg"))
                .isInstanceOf(ImagingException.class);
    }

    @Test
    void aForgedHugeHeaderIsRefusedBeforeDecoding() {
        assertThatThrownBy(() -> ImageDecoder.read(PngFiles.headerOnly(100_000, 100_000), "bomb.png"))
                .isInstanceOf(ImagingException.class).hasMessageContaining("100000x100000")
                .hasMessageContaining("budget");
    }

    private static byte[] jpegBytes() {
        try {
            BufferedImage rgb = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] interlacedByImageIo(BufferedImage image) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] png = out.toByteArray();
        assertThat(png[28]).as("interlace method in IHDR").isEqualTo((byte) 1);
        return png;
    }

    private interface PixelSamples {
        int[] at(int x, int y);
    }

    private static int[][][] samples(int channels, PixelSamples f) {
        int[][][] s = new int[H][W][];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                s[y][x] = f.at(x, y);
                assertThat(s[y][x]).hasSize(channels);
            }
        }
        return s;
    }
}
