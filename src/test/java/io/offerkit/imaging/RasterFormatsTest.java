package io.offerkit.imaging;

import static io.offerkit.imaging.decode.JpegDecodingTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.imaging.decode.JpegDecodingTest;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.SourceImage;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class RasterFormatsTest {
    private static final int HALF_RED = 0x80FF0000;
    private static final int TEAL = 0xFF0E9F8E;

    /** Transparent corners, an opaque teal middle and a half-transparent red stripe. */
    private static BufferedImage withAlpha(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = h / 4; y < h * 3 / 4; y++) {
            for (int x = w / 4; x < w * 3 / 4; x++) {
                image.setRGB(x, y, TEAL);
            }
        }
        for (int x = 0; x < w; x++) {
            image.setRGB(x, h - 1, HALF_RED);
        }
        return image;
    }

    private static void assertAlphaKept(SourceImage img) {
        BufferedImage p = img.pixels();
        assertThat(p.getRGB(0, 0) >>> 24).as("corner transparent").isZero();
        assertThat(p.getRGB(p.getWidth() / 2, p.getHeight() / 2)).isEqualTo(TEAL);
        assertThat(p.getRGB(p.getWidth() / 2, p.getHeight() - 1) >>> 24).isBetween(0x7F, 0x81);
        assertThat(img.facts().alphaUsed()).isTrue();
    }

    @Test
    void icoPicksTheLargestEntryBitmapOrPng() throws Exception {
        BufferedImage small = withAlpha(16, 16);
        BufferedImage big = withAlpha(48, 48);
        BufferedImage huge = withAlpha(256, 256);
        // Largest is a 32-bit bitmap entry, listed after a smaller one.
        byte[] bitmaps = FormatCorpus.ico(new BufferedImage[] {small, big},
                new byte[][] {FormatCorpus.icoBitmapEntry(small), FormatCorpus.icoBitmapEntry(big)});
        SourceImage fromBitmap = ImageDecoder.read(bitmaps, "app.ico");
        assertThat(fromBitmap.facts().format()).isEqualTo("ICO");
        assertThat(fromBitmap.width()).isEqualTo(48);
        assertAlphaKept(fromBitmap);
        // Largest is PNG-compressed (256x256 is stored as 0 in the directory).
        byte[] mixed = FormatCorpus.ico(new BufferedImage[] {huge, big},
                new byte[][] {PngEncoder.encode(huge), FormatCorpus.icoBitmapEntry(big)});
        SourceImage fromPng = ImageDecoder.read(mixed, "app.ico");
        assertThat(fromPng.width()).isEqualTo(256);
        assertThat(fromPng.facts().colorType()).startsWith("PNG-compressed");
        assertAlphaKept(fromPng);
        assertThat(ImageFormats.sniff(mixed)).isEqualTo("ICO");
    }

    @Test
    void psdCompositeDecodesWithAndWithoutAlpha() throws Exception {
        BufferedImage logo = withAlpha(40, 24);
        SourceImage rgba = ImageDecoder.read(FormatCorpus.psd(logo, true), "logo.psd");
        assertThat(rgba.facts().format()).isEqualTo("PSD");
        assertThat(rgba.width()).isEqualTo(40);
        assertThat(rgba.height()).isEqualTo(24);
        assertThat(rgba.pixels().getRGB(20, 12)).isEqualTo(TEAL);
        SourceImage rgb = ImageDecoder.read(FormatCorpus.psd(logo, false), "flat.psd");
        assertThat(rgb.pixels().getRGB(20, 12)).isEqualTo(TEAL);
        assertThat(rgb.facts().colorType()).isEqualTo("RGB");
    }

    @Test
    void gifKeepsItsTransparency() throws Exception {
        SourceImage img = ImageDecoder.read(FormatCorpus.transparentGif(20, 20, 0xC01F3A), "t.gif");
        assertThat(img.pixels().getRGB(1, 1) >>> 24).isZero();
        assertThat(img.pixels().getRGB(10, 10)).isEqualTo(0xFFC01F3A);
        assertThat(img.facts().alphaUsed()).isTrue();
        assertThat(img.facts().colorType()).isEqualTo("palette");
    }

    @Test
    void aGifFrameIsPlacedOnItsLogicalScreen() throws Exception {
        SourceImage img = ImageDecoder.read(FormatCorpus.offsetGif(), "offset.gif");
        assertThat(img.width()).isEqualTo(FormatCorpus.GIF_SCREEN);
        assertThat(img.height()).isEqualTo(FormatCorpus.GIF_SCREEN);
        assertThat(img.pixels().getRGB(0, 0) >>> 24).as("outside the frame").isZero();
        int o = FormatCorpus.GIF_OFFSET;
        // The indexed image's default palette rounds the red to its nearest entry, 0xCC3333.
        assertThat(img.pixels().getRGB(o, o)).isEqualTo(0xFFCC3333);
        assertThat(img.pixels().getRGB(o + 7, o + 7)).isEqualTo(0xFFCC3333);
        assertThat(img.pixels().getRGB(o - 1, o) >>> 24).isZero();
        assertThat(img.pixels().getRGB(o + 8, o + 7) >>> 24).isZero();
        assertThat(img.facts().width()).isEqualTo(FormatCorpus.GIF_SCREEN);
    }

    @Test
    void bmp32KeepsAlphaFromAnAlphaMaskOrTheFourthByte() throws Exception {
        BufferedImage logo = withAlpha(20, 12);
        for (boolean v5 : new boolean[] {true, false}) {
            SourceImage img = ImageDecoder.read(FormatCorpus.bmp32(logo, v5), "a.bmp");
            assertThat(img.facts().format()).isEqualTo("BMP");
            assertAlphaKept(img);
        }
        // A BI_RGB file whose fourth bytes are all zero is opaque, as the format says.
        BufferedImage opaque = TestImages.filled(8, 8, 0x00336699);
        SourceImage flat = ImageDecoder.read(FormatCorpus.bmp32(opaque, false), "flat.bmp");
        assertThat(flat.pixels().getRGB(3, 3)).isEqualTo(0xFF336699);
    }

    @Test
    void tiffDecodes() throws Exception {
        BufferedImage rgb = FormatCorpus.quadrants(32, 16, new int[] {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00});
        SourceImage img = ImageDecoder.read(FormatCorpus.write(rgb, "tiff"), "q.tif");
        assertThat(img.facts().format()).isEqualTo("TIFF");
        assertThat(img.pixels().getRGB(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(img.pixels().getRGB(30, 14)).isEqualTo(0xFFFFFF00);
    }

    @Test
    void cmykTiffIsConvertedAndReportedAsCmyk() throws Exception {
        ColorSpace cmyk = ColorSpaces.getColorSpace(
                ColorSpaces.CS_GENERIC_CMYK);
        ComponentColorModel model = new ComponentColorModel(cmyk, false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(16, 16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                raster.setPixel(x, y, x < 8 ? new int[] {0, 0, 0, 0} : new int[] {255, 0, 0, 0});
            }
        }
        byte[] tiff = FormatCorpus.write(new BufferedImage(model, raster, false, null), "tiff");
        SourceImage img = ImageDecoder.read(tiff, "print.tif");
        assertThat(img.facts().colorType()).isEqualTo("CMYK");
        int paper = img.pixels().getRGB(2, 8);
        int cyan = img.pixels().getRGB(12, 8);
        assertThat(Arrays.stream(JpegDecodingTest.channels(paper)).min().getAsInt()).as("paper %06X", paper)
                .isGreaterThan(225);
        assertThat(JpegDecodingTest.channels(cyan)[0]).as("cyan %06X", cyan).isLessThan(60);
        assertThat(JpegDecodingTest.channels(cyan)[2]).isGreaterThan(180);
    }

    @Test
    void pngGammaWithoutColourSpaceIsConvertedToSrgb() throws Exception {
        byte[] plain = PngEncoder.encode(TestImages.filled(4, 4, 0xFF808080));
        // gAMA 1.0 (linear samples): 128/255 of light is sRGB code ~188.
        SourceImage linear = ImageDecoder.read(withChunk(plain, "gAMA", 100_000), "linear.png");
        assertClose(linear.pixels().getRGB(1, 1), 0xBCBCBC, 2);
        // gAMA 1/2.2 is sRGB in practice: unchanged.
        SourceImage srgbLike = ImageDecoder.read(withChunk(plain, "gAMA", 45_455), "srgb.png");
        assertThat(srgbLike.pixels().getRGB(1, 1)).isEqualTo(0xFF808080);
        // An sRGB chunk overrides gAMA.
        byte[] both = withChunk(withChunk(plain, "gAMA", 100_000), "sRGB", -1);
        assertThat(ImageDecoder.read(both, "both.png").pixels().getRGB(1, 1)).isEqualTo(0xFF808080);
    }

    /** Inserts a chunk after IHDR (value -1: a one-byte sRGB chunk), removing any sRGB chunk the encoder wrote. */
    private static byte[] withChunk(byte[] png, String type, int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        byte[] body = value < 0 ? new byte[] {0}
                : new byte[] {(byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value};
        writeChunk(out, type, body);
        int pos = 33;
        while (pos < png.length) {
            int length = (png[pos] & 0xFF) << 24 | (png[pos + 1] & 0xFF) << 16 | (png[pos + 2] & 0xFF) << 8
                    | (png[pos + 3] & 0xFF);
            String t = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!t.equals("sRGB") || type.equals("sRGB")) {
                out.write(png, pos, length + 12);
            }
            pos += length + 12;
        }
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] body) {
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        int n = body.length;
        out.write(n >>> 24);
        out.write(n >>> 16);
        out.write(n >>> 8);
        out.write(n);
        out.write(t, 0, 4);
        out.write(body, 0, n);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
    }
}
