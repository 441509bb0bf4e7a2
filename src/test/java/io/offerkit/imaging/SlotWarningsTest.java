package io.offerkit.imaging;

import io.offerkit.imaging.render.Level;
import io.offerkit.imaging.render.Finding;
import static io.offerkit.imaging.TestImages.filled;
import static io.offerkit.imaging.TestImages.slot;
import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.Graphics2D;
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
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#FFFFFF"))))
                .anySatisfy(w -> assertThat(w).startsWith("White background"));
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#000000"))))
                .anySatisfy(w -> assertThat(w).startsWith("Black background"));
        assertThat(warnings(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#2266AA")))).isEmpty();
    }

    @Test
    void anUnreadableBackgroundFallsBackToTransparencyWithAWarning() {
        RenderedSlot r = SlotRenderer.render(source(filled(100, 100, 0xFFFF0000)), slot(90, 90),
                SlotSettings.defaults().withPaddingPercent(10.0).withBackground(SlotBackground.read("teal")));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("'teal'", "#RRGGBB"));
        assertThat(r.image().getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void aWhiteBlackOrBlueLogoOnTransparencyIsWarnedAbout() {
        for (int colour : new int[] {0xFFFFFFFF, 0xFF101010, 0xFF1060E0}) {
            BufferedImage mark = filled(400, 400, 0);
            Graphics2D g = mark.createGraphics();
            g.setColor(new Color(colour, true));
            g.fillOval(20, 20, 360, 360);
            g.dispose();
            assertThat(warnings(mark, slot(90, 90), SlotSettings.defaults()))
                    .as("colour %08x", colour)
                    .anySatisfy(w -> assertThat(w).contains("on a transparent background the logo must not be white,"
                            + " black or blue"));
            assertThat(warnings(mark, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#FFC83D"))))
                    .as("an opaque background answers the guidance").isEmpty();
        }
    }

    /** A dark brown wordmark with a small orange dot: not "almost all black", yet most of it vanishes on dark. */
    private static BufferedImage darkMark() {
        BufferedImage mark = filled(400, 200, 0);
        Graphics2D g = mark.createGraphics();
        g.setColor(new Color(0x2E, 0x2A, 0x1E));
        g.fillRect(20, 40, 300, 120);
        g.setColor(new Color(0xFF, 0x8A, 0x00));
        g.fillOval(330, 60, 60, 60);
        g.dispose();
        return mark;
    }

    @Test
    void aDarkMarkOnTransparencyThatWouldVanishOnADarkTileIsWarnedAbout() {
        assertThat(warnings(darkMark(), slot(255, 115), SlotSettings.defaults()))
                .noneMatch(w -> w.contains("almost all"))
                .anySatisfy(w -> assertThat(w).startsWith("Invisible on dark").contains("%"));
        assertThat(warnings(TestImages.logo(400, 400, false), slot(90, 90), SlotSettings.defaults()))
                .as("a colourful logo reads on dark").noneMatch(w -> w.startsWith("Invisible on dark"));
        assertThat(warnings(darkMark(), slot(255, 115), SlotSettings.defaults().withBackground(SlotBackground.read("#FFC83D"))))
                .as("an opaque background carries the mark").noneMatch(w -> w.startsWith("Invisible on dark"));
    }

    @Test
    void coverCroppingAWideWordmarkAwayIsWarnedAbout() {
        BufferedImage wordmark = filled(800, 200, 0);
        Graphics2D g = wordmark.createGraphics();
        g.setColor(new Color(0xC0, 0x1F, 0x3A));
        g.fillRect(0, 40, 800, 120); // the word runs the full width
        g.dispose();
        SlotSettings cover = SlotSettings.defaults().withFit(Fit.COVER);
        assertThat(warnings(wordmark, slot(90, 90), cover))
                .anySatisfy(w -> assertThat(w).startsWith("Cropped by Cover").contains("75 %"));
        assertThat(warnings(wordmark, slot(90, 90), SlotSettings.defaults()))
                .as("contain keeps it all").noneMatch(w -> w.startsWith("Cropped by Cover"));
        assertThat(warnings(TestImages.logo(400, 400, false), slot(90, 90), cover))
                .as("a square logo in a square slot loses nothing").noneMatch(w -> w.startsWith("Cropped by Cover"));
    }

    @Test
    void eachWarningSaysHowMuchItMatters() {
        assertThat(SlotRenderer.render(source(filled(300, 300, 0x00FFFFFF)), slot(40, 40), SlotSettings.defaults())
                .findings()).containsExactly(new Finding(Level.ERROR, "The slot is empty: every pixel is transparent.",
                        Finding.Kind.EMPTY));
        assertThat(SlotRenderer.render(source(darkMark()), slot(255, 115), SlotSettings.defaults()).findings())
                .filteredOn(f -> f.text().startsWith("Invisible on dark")).extracting(Finding::level)
                .containsExactly(Level.WARNING);
    }

    /** Code branches on a warning's kind (ScreenshotMaker asks for an upscale), never on its words. */
    @Test
    void eachWarningHasAKindCodeCanBranchOn() {
        assertThat(kinds(TestImages.logo(30, 30, false), slot(90, 90), SlotSettings.defaults()))
                .containsExactly(Finding.Kind.UPSCALED);
        assertThat(kinds(TestImages.logo(800, 200, false), slot(90, 90), SlotSettings.defaults().withFit(Fit.STRETCH)))
                .containsExactly(Finding.Kind.STRETCHED);
        assertThat(kinds(filled(300, 300, 0x00FFFFFF), slot(40, 40), SlotSettings.defaults()))
                .containsExactly(Finding.Kind.EMPTY);
        BufferedImage logo = TestImages.logo(400, 400, false);
        assertThat(kinds(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#FFFFFF"))))
                .containsExactly(Finding.Kind.WHITE_BACKGROUND);
        assertThat(kinds(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#000000"))))
                .containsExactly(Finding.Kind.BLACK_BACKGROUND);
        assertThat(kinds(logo, slot(90, 90), SlotSettings.defaults().withBackground(SlotBackground.read("#12"))))
                .contains(Finding.Kind.UNREADABLE_BACKGROUND);
        assertThat(kinds(darkMark(), slot(255, 115), SlotSettings.defaults())).contains(Finding.Kind.INVISIBLE_ON_DARK);
        assertThat(new Finding(Level.INFO, "A note made elsewhere.").kind()).isEqualTo(Finding.Kind.NOTE);
    }

    private static List<Finding.Kind> kinds(BufferedImage src, ImageSlot slot, SlotSettings s) {
        return SlotRenderer.render(source(src), slot, s).findings().stream().map(Finding::kind).toList();
    }

    private static List<String> warnings(BufferedImage src, ImageSlot slot, SlotSettings s) {
        return SlotRenderer.render(source(src), slot, s).warnings();
    }
}
