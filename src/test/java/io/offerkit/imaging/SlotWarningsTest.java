package io.offerkit.imaging;

import static io.offerkit.imaging.TestImages.filled;
import static io.offerkit.imaging.TestImages.slot;
import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotWarningsTest {

    @Test
    void aColourfulLargeLogoHasNoWarnings() {
        for (var slot : TestImages.APPSOURCE_SLOTS) {
            assertThat(warnings(TestImages.logo(1200, 1200, false), slot(slot.width(), slot.height()),
                    SlotSettings.defaults())).isEmpty();
        }
    }

    @Test
    void upscalingIsWarnedAbout() {
        assertThat(warnings(TestImages.logo(30, 30, false), slot(90, 90), SlotSettings.defaults()))
                .anySatisfy(w -> assertThat(w).contains("smaller than this", "blurry"));
        assertThat(warnings(TestImages.logo(90, 90, false), slot(90, 90), SlotSettings.defaults())).isEmpty();
    }

    @Test
    void stretchingIsWarnedAboutOnlyWhenItDistorts() {
        SlotSettings stretch = SlotSettings.defaults().withFit(Fit.STRETCH);
        assertThat(warnings(TestImages.logo(800, 200, false), slot(90, 90), stretch))
                .anySatisfy(w -> assertThat(w).startsWith("Stretched"));
        assertThat(warnings(TestImages.logo(400, 400, false), slot(90, 90), stretch)).isEmpty();
    }

    @Test
    void anEmptySlotIsWarnedAbout() {
        assertThat(warnings(filled(300, 300, 0x00FFFFFF), slot(40, 40), SlotSettings.defaults()))
                .containsExactly("The slot is empty: every pixel is transparent.");
    }

    @Test
    void whiteAndBlackBackgroundsAreWarnedAbout() {
        BufferedImage logo = TestImages.logo(400, 400, false);
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground("#FFFFFF")))
                .anySatisfy(w -> assertThat(w).startsWith("White background"));
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground("#000000")))
                .anySatisfy(w -> assertThat(w).startsWith("Black background"));
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground("#2266AA"))).isEmpty();
    }

    @Test
    void anUnreadableBackgroundFallsBackToTransparencyWithAWarning() {
        RenderedSlot r = SlotRenderer.render(source(filled(100, 100, 0xFFFF0000)), slot(90, 90),
                SlotSettings.defaults().withPaddingPercent(10.0).withBackground("teal"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("'teal'", "#RRGGBB"));
        assertThat(r.image().getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void aWhiteBlackOrBlueLogoOnTransparencyIsWarnedAbout() {
        for (int colour : new int[] {0xFFFFFFFF, 0xFF101010, 0xFF1060E0}) {
            BufferedImage mark = filled(400, 400, 0);
            java.awt.Graphics2D g = mark.createGraphics();
            g.setColor(new java.awt.Color(colour, true));
            g.fillOval(20, 20, 360, 360);
            g.dispose();
            assertThat(warnings(mark, slot(90, 90), SlotSettings.defaults()))
                    .as("colour %08x", colour)
                    .anySatisfy(w -> assertThat(w).contains("on a transparent background the logo must not be white,"
                            + " black or blue"));
            assertThat(warnings(mark, slot(90, 90), SlotSettings.defaults().withBackground("#FFC83D")))
                    .as("an opaque background answers the guidance").isEmpty();
        }
    }

    private static List<String> warnings(BufferedImage src, io.offerkit.profile.ImageSlot slot, SlotSettings s) {
        return SlotRenderer.render(source(src), slot, s).warnings();
    }
}
