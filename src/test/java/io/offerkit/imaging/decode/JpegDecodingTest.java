package io.offerkit.imaging.decode;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.FormatCorpus;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.TestImages;
import io.offerkit.imaging.source.SourceImage;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class JpegDecodingTest {
    private static final int RED = 0xFF0000;
    private static final int GREEN = 0x00FF00;
    private static final int BLUE = 0x0000FF;
    private static final int YELLOW = 0xFFFF00;

    /**
     * Where the stored image's first and last pixel of its first row end up in the upright picture, from the EXIF
     * definition of each orientation (which side the stored first row and first column are on).
     */
    private static final String[][] STORED_TOP_CORNERS_LAND = {
        null,
        {"TL", "TR"}, // 1: row 0 top, column 0 left
        {"TR", "TL"}, // 2: row 0 top, column 0 right
        {"BR", "BL"}, // 3: row 0 bottom, column 0 right
        {"BL", "BR"}, // 4: row 0 bottom, column 0 left
        {"TL", "BL"}, // 5: row 0 left, column 0 top
        {"TR", "BR"}, // 6: row 0 right, column 0 top
        {"BR", "TR"}, // 7: row 0 right, column 0 bottom
        {"BL", "TL"}, // 8: row 0 left, column 0 bottom
    };

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void exifOrientationTurnsTheImageUpright(int orientation) throws Exception {
        BufferedImage stored = FormatCorpus.quadrants(64, 32, new int[] {RED, GREEN, BLUE, YELLOW});
        for (boolean little : new boolean[] {true, false}) {
            byte[] jpeg = FormatCorpus.withOrientation(FormatCorpus.jpeg(stored), orientation, little);
            SourceImage img = ImageDecoder.read(jpeg, "o" + orientation + ".jpg");
            boolean turned = orientation >= 5;
            assertThat(img.width()).isEqualTo(turned ? 32 : 64);
            assertThat(img.height()).isEqualTo(turned ? 64 : 32);
            assertThat(img.facts().width()).isEqualTo(img.width());
            assertThat(img.facts().height()).isEqualTo(img.height());
            assertThat(corner(img.pixels(), STORED_TOP_CORNERS_LAND[orientation][0])).as("stored top-left")
                    .satisfies(p -> assertClose(p, RED, 12));
            assertThat(corner(img.pixels(), STORED_TOP_CORNERS_LAND[orientation][1])).as("stored top-right")
                    .satisfies(p -> assertClose(p, GREEN, 12));
        }
    }

    @Test
    void aDamagedExifSegmentOnlyLosesTheOrientation() throws Exception {
        byte[] jpeg = FormatCorpus.jpeg(FormatCorpus.quadrants(64, 32, new int[] {RED, GREEN, BLUE, YELLOW}));
        byte[] body = "Exif\0\0MM\0*\u00ff\u00ff\u00ff\u00f0".getBytes(StandardCharsets.ISO_8859_1);
        SourceImage img = ImageDecoder.read(FormatCorpus.withSegment(jpeg, 0xE1, body), "bad-exif.jpg");
        assertThat(img.width()).isEqualTo(64);
        assertClose(img.pixels().getRGB(2, 2), RED, 12);
    }

    /**
     * Without a profile of their own, CMYK and YCCK JPEGs are read through the press profile (FOGRA39): 100 % cyan is
     * the press's #00A1E4 (Photoshop's Coated FOGRA39 gives about #009FE3), not the naive #00FFFF the decoder
     * falls back to; magenta about #E60C80, not #FF00FF; 100 % black a dark grey, as black ink alone prints.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void cmykAndYcckJpegsWithoutAProfileDecodeToPressColours(boolean ycck) throws Exception {
        int[][] inks = {{0, 0, 0, 0}, {100, 0, 0, 0}, {0, 100, 0, 0}, {0, 0, 0, 100}};
        SourceImage img = ImageDecoder.read(FormatCorpus.cmykJpeg(inks, 32, 32, ycck), "print.jpg");
        assertThat(img.facts().colorType()).isEqualTo("CMYK");
        assertThat(img.facts().format()).isEqualTo("JPEG");
        assertThat(img.facts().summary()).contains("ICC none, read as coated offset press (FOGRA39)");
        assertClose(img.pixels().getRGB(4, 4), 0xFFFFFF, 4); // paper
        assertClose(img.pixels().getRGB(28, 4), 0x00A1E4, 8); // cyan
        assertClose(img.pixels().getRGB(4, 28), 0xE60C80, 8); // magenta
        assertClose(img.pixels().getRGB(28, 28), 0x2B2B2A, 10); // black ink alone
        assertThat(img.pixels().getRGB(4, 4) >>> 24).isEqualTo(255);
    }

    @Test
    void aCmykJpegWithItsOwnProfileIsConvertedByTheDecoderWithIt() throws Exception {
        // The same file carrying a profile (here the press profile's bytes, the only CMYK profile at hand): the
        // decoder converts it with the embedded profile, not through the fallback, and the facts name the profile.
        int[][] inks = {{0, 0, 0, 0}, {100, 0, 0, 0}, {0, 100, 0, 0}, {0, 0, 0, 100}};
        byte[] tagged = FormatCorpus.withSegment(FormatCorpus.cmykJpeg(inks, 32, 32, false), 0xE2,
                iccSegment(CmykJpeg.press().getProfile().getData()));
        assertThat(JpegMarkers.parse(tagged).iccProfile()).isTrue();
        assertThat(JpegMarkers.parse(tagged).adobeTransform()).isZero();
        SourceImage img = ImageDecoder.read(tagged, "tagged.jpg");
        assertThat(img.facts().iccProfile()).isNotNull().doesNotContain("read as");
        assertClose(img.pixels().getRGB(28, 4), 0x00A1E4, 8);
    }

    private static byte[] iccSegment(byte[] profile) throws Exception {
        ByteArrayOutputStream app2 = new ByteArrayOutputStream();
        app2.write("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        app2.write(1);
        app2.write(1);
        app2.write(profile);
        return app2.toByteArray();
    }

    @Test
    void anEmbeddedIccProfileIsConvertedToSrgb() throws Exception {
        BufferedImage grey = TestImages.filled(16, 16, 0xFF808080);
        BufferedImage rgb = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(grey, 0, 0, null);
        byte[] linear = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        ByteArrayOutputStream app2 = new ByteArrayOutputStream();
        app2.write("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        app2.write(1);
        app2.write(1);
        app2.write(linear);
        SourceImage img = ImageDecoder.read(FormatCorpus.withSegment(FormatCorpus.jpeg(rgb), 0xE2,
                app2.toByteArray()), "linear.jpg");
        int red = (img.pixels().getRGB(8, 8) >> 16) & 0xFF;
        assertThat(red).as("linear 0.5 is sRGB ~188").isBetween(180, 196);
        assertThat(img.facts().iccProfile()).isNotNull();
    }

    private static int corner(BufferedImage image, String which) {
        int x = which.charAt(1) == 'L' ? 2 : image.getWidth() - 3;
        int y = which.charAt(0) == 'T' ? 2 : image.getHeight() - 3;
        return image.getRGB(x, y);
    }

    public static int[] channels(int argb) {
        return new int[] {(argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF};
    }

    public static void assertClose(int actual, int expectedRgb, int tolerance) {
        int[] a = channels(actual);
        int[] e = channels(expectedRgb);
        for (int i = 0; i < 3; i++) {
            assertThat(Math.abs(a[i] - e[i])).as("channel %d of %06X vs %06X", i, actual & 0xFFFFFF, expectedRgb)
                    .isLessThanOrEqualTo(tolerance);
        }
    }

}
