package io.offerkit.imaging.png;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.ArgbPixels;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWithinLimitTest {
    private static final int W = 640;
    private static final int H = 360;

    /** A capture-like image: a white page with anti-aliased text, a blue bar, and a noisy photo panel. */
    private static BufferedImage capture() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(0x0078D4));
        g.fillRect(0, 0, W, 40);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0x202020));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int line = 0; line < 12; line++) {
            g.drawString("Invoice 10" + line + " - Contoso Ltd - approved by the finance team", 20, 70 + line * 20);
        }
        g.dispose();
        Random random = new Random(5);
        for (int y = 80; y < 340; y++) {
            for (int x = 420; x < 620; x++) {
                int r = (x * 255 / W + random.nextInt(40)) & 0xFF;
                int gr = (y * 255 / H + random.nextInt(40)) & 0xFF;
                image.setRGB(x, y, 0xFF000000 | r << 16 | gr << 8 | random.nextInt(256));
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void underTheLimitTheLosslessPngIsKept() {
        BufferedImage image = capture();
        byte[] lossless = PngEncoder.encode(image);

        PngWithinLimit fitted = PngWithinLimit.encode(image, lossless.length);

        assertThat(fitted.bytes()).isEqualTo(lossless);
        assertThat(fitted.reduced()).isFalse();
        assertThat(fitted.withinLimit()).isTrue();
        assertThat(PngWithinLimit.encode(image, 0).bytes()).isEqualTo(lossless);
    }

    @Test
    void overTheLimitThePaletteIsReducedAtTheSameSizeAndTheTextStaysLegible() throws IOException {
        BufferedImage image = capture();
        int lossless = PngEncoder.encode(image).length;
        long limit = lossless / 2;

        PngWithinLimit fitted = PngWithinLimit.encode(image, limit);

        assertThat(fitted.withinLimit()).isTrue();
        assertThat(fitted.reduced()).isTrue();
        assertThat((long) fitted.bytes().length).isLessThanOrEqualTo(limit);
        assertThat(PngHeader.parse(fitted.bytes()).colorType()).isEqualTo(PngColourType.PALETTE.code());
        BufferedImage back = decode(fitted.bytes());
        assertThat(back.getWidth()).isEqualTo(W);
        assertThat(back.getHeight()).isEqualTo(H);
        int[] before = ArgbPixels.of(image);
        int[] after = ArgbPixels.of(back);
        long error = 0;
        for (int i = 0; i < before.length; i++) {
            error += Math.abs(((before[i] >> 8) & 0xFF) - ((after[i] >> 8) & 0xFF));
        }
        assertThat((double) error / before.length).as("mean green error").isLessThan(3.0);
        assertThat(after[200 * W + 10]).as("the page stays white").isEqualTo(0xFFFFFFFF);
        assertThat(after[20 * W + 300] & 0xFFFFFF).as("the bar keeps its blue").isEqualTo(0x0078D4);
        int darkest = 255;
        for (int y = 55; y < 75; y++) {
            for (int x = 20; x < 300; x++) {
                darkest = Math.min(darkest, (after[y * W + x] >> 8) & 0xFF);
            }
        }
        assertThat(darkest).as("the text's strokes stay dark").isLessThan(0x40);
    }

    @Test
    void aLimitNoPaletteMeetsGivesTheSmallestTriedAndSaysSo() {
        BufferedImage image = capture();

        PngWithinLimit fitted = PngWithinLimit.encode(image, 100);

        assertThat(fitted.withinLimit()).isFalse();
        assertThat(fitted.colours()).isEqualTo(16);
        assertThat(fitted.bytes().length).isLessThan(PngEncoder.encode(image).length);
    }

    @Test
    void aReductionNeverHoldsMoreColoursThanAsked() {
        int[] reduced = PaletteReduction.reduce(ArgbPixels.of(capture()), 32);

        assertThat(Arrays.stream(reduced).distinct().count()).isLessThanOrEqualTo(32);
    }
}
