package io.offerkit.imaging;

import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ImageSlot;
import io.offerkit.project.SlotSettings;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResamplingQualityTest {

    @ParameterizedTest
    @ValueSource(ints = {0x000000, 0xFFFFFF, 0x00FF00})
    void aRedDiscOnTransparencyKeepsPureRedEdgesWhateverColourTheTransparentPixelsHide(int hidden) {
        BufferedImage disc = TestImages.filled(1000, 1000, hidden); // alpha 0, colour "hidden"
        Graphics2D g = disc.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(255, 0, 0));
        g.fillOval(100, 100, 800, 800);
        g.dispose();
        // With the light sharpening too: it must steepen the rim without a fringe of another colour.
        SlotSettings sharpened = SlotSettings.defaults().withSharpen(true);
        for (SlotSettings settings : new SlotSettings[] {SlotSettings.defaults(), sharpened}) {
            for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
                BufferedImage out = SlotRenderer.render(source(disc), slot, settings).image();
                int partial = 0;
                for (int y = 0; y < out.getHeight(); y++) {
                    for (int x = 0; x < out.getWidth(); x++) {
                        int p = out.getRGB(x, y);
                        if ((p >>> 24) == 0) {
                            continue;
                        }
                        if ((p >>> 24) < 255) {
                            partial++;
                        }
                        assertThat((p >> 16) & 0xFF).as("red at %d,%d in %s, sharpen %s", x, y, slot.id(),
                                settings.sharpen()).isGreaterThanOrEqualTo(252);
                        assertThat((p >> 8) & 0xFF).as("green at %d,%d", x, y).isLessThanOrEqualTo(3);
                        assertThat(p & 0xFF).as("blue at %d,%d", x, y).isLessThanOrEqualTo(3);
                    }
                }
                assertThat(partial).as("the disc has an anti-aliased rim").isGreaterThan(4);
            }
        }
    }

    @Test
    void aThinWhiteStrokeOnAColourTileGetsNoDarkRim() {
        int teal = 0xFF0F766E;
        BufferedImage tile = TestImages.filled(1024, 1024, teal);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(40f));
        g.drawLine(150, 800, 850, 250); // at 40x40 about 1.5 px wide: where Lanczos' negative lobes draw a rim
        g.dispose();
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            BufferedImage out = SlotRenderer.render(source(tile), slot, SlotSettings.defaults()).image();
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    int p = out.getRGB(x, y);
                    if ((p >>> 24) < 255) {
                        continue; // the slot's padding around the square tile
                    }
                    // Every pixel lies between the tile's colour and white, channel by channel (one level of
                    // rounding allowed): nothing darker than the tile, which is what a ringing rim would be.
                    for (int shift : new int[] {16, 8, 0}) {
                        assertThat((p >> shift) & 0xFF).as("channel %d at %d,%d in %s", shift, x, y, slot.id())
                                .isGreaterThanOrEqualTo(((teal >> shift) & 0xFF) - 1);
                    }
                }
            }
        }
    }

    @Test
    void fineBlackAndWhiteStripesAverageInLinearLight() {
        BufferedImage stripes = TestImages.filled(400, 400, 0xFF000000);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 400; x += 2) {
                stripes.setRGB(x, y, 0xFFFFFFFF);
            }
        }
        BufferedImage out = SlotRenderer.render(source(stripes), TestImages.slot(40, 40), SlotSettings.defaults())
                .image();
        // Linear 0.5 is sRGB 187.5; averaging gamma-encoded codes would give 127.5.
        for (int y = 5; y < 35; y += 5) {
            for (int x = 5; x < 35; x += 5) {
                int p = out.getRGB(x, y);
                assertThat((p >> 16) & 0xFF).isBetween(186, 190);
                assertThat(p & 0xFF).isBetween(186, 190);
            }
        }
    }

    @Test
    void thePreReducedRendererMatchesPlainLanczosFromTheFullSource() {
        BufferedImage[] logos = {
            TestImages.logo(2048, 2048, false), TestImages.logo(2048, 2048, true),
            TestImages.logo(3000, 1200, false), TestImages.logo(1500, 1900, true)};
        for (BufferedImage logo : logos) {
            for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
                for (SlotSettings settings : new SlotSettings[] {
                        SlotSettings.defaults(), SlotSettings.defaults().withPaddingPercent(8.0).withTrim(true)}) {
                    BufferedImage fast = SlotRenderer.render(source(logo), slot, settings, true).image();
                    BufferedImage reference = SlotRenderer.render(source(logo), slot, settings, false).image();
                    assertThat(Ssim.of(fast, reference)).as("%s %dx%d", slot.id(), logo.getWidth(), logo.getHeight())
                            .isGreaterThanOrEqualTo(0.995);
                }
            }
        }
    }

    @Test
    void aSameSizeRenderIsTheIdentity() {
        BufferedImage logo = TestImages.logo(90, 90, false);
        BufferedImage out = SlotRenderer.render(source(logo), TestImages.slot(90, 90), SlotSettings.defaults()).image();
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 90; x++) {
                int a = logo.getRGB(x, y);
                int b = out.getRGB(x, y);
                assertThat(Math.abs((a >>> 24) - (b >>> 24))).isLessThanOrEqualTo(1);
                if ((a >>> 24) > 32) {
                    for (int shift = 0; shift < 24; shift += 8) {
                        assertThat(Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF))).isLessThanOrEqualTo(2);
                    }
                }
            }
        }
    }

    @Test
    void theSsimHelperTellsDifferentImagesApart() {
        BufferedImage a = TestImages.logo(90, 90, true);
        BufferedImage b = TestImages.logo(90, 90, true);
        Graphics2D g = b.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(10, 10, 40, 40);
        g.dispose();
        assertThat(Ssim.of(a, a)).isEqualTo(1.0, Offset.offset(1e-9));
        assertThat(Ssim.of(a, b)).isLessThan(0.95);
    }
}
