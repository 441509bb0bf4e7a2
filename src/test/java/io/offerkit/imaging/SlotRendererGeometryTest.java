package io.offerkit.imaging;

import static io.offerkit.imaging.TestImages.alpha;
import static io.offerkit.imaging.TestImages.filled;
import static io.offerkit.imaging.TestImages.slot;
import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.colour.SrgbTransfer;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SlotRendererGeometryTest {
    private static final int RED = 0xFFFF0000;

    @ParameterizedTest
    @EnumSource(Fit.class)
    void everySlotComesOutAtExactlyItsSize(Fit fit) {
        for (BufferedImage src : new BufferedImage[] {
                TestImages.logo(1000, 333, false), TestImages.logo(37, 91, true), filled(1, 1, RED)}) {
            for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
                for (double padding : new double[] {0, 7.3, 45, 80}) {
                    SlotSettings settings = SlotSettings.defaults().withFit(fit).withPaddingPercent(padding)
                            .withTrim(true);
                    BufferedImage out = SlotRenderer.render(source(src), slot, settings).image();
                    assertThat(out.getWidth()).as("%s %s", slot.id(), fit).isEqualTo(slot.width());
                    assertThat(out.getHeight()).as("%s %s", slot.id(), fit).isEqualTo(slot.height());
                    assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
                }
            }
        }
    }

    @Test
    void containKeepsTheAspectRatioWithExactFractionalEdges() {
        // 200x100 into 90x90: the logo is 90x45 placed at y = 22.5, so rows 22 and 67 are half covered.
        BufferedImage out = render(filled(200, 100, RED), slot(90, 90), SlotSettings.defaults());
        assertThat(alpha(out, 45, 21)).isZero();
        assertThat(alpha(out, 45, 22)).isBetween(127, 128);
        assertThat(alpha(out, 45, 23)).isEqualTo(255);
        assertThat(alpha(out, 0, 45)).isEqualTo(255);
        assertThat(alpha(out, 89, 45)).isEqualTo(255);
        assertThat(alpha(out, 45, 66)).isEqualTo(255);
        assertThat(alpha(out, 45, 67)).isBetween(127, 128);
        assertThat(alpha(out, 45, 68)).isZero();
        assertThat(out.getRGB(45, 22) & 0xFFFFFF).as("edge keeps its colour").isEqualTo(0xFF0000);
    }

    @Test
    void paddingIsAPercentOfTheShorterSideOnEverySide() {
        BufferedImage out = render(filled(300, 300, RED), slot(100, 100),
                SlotSettings.defaults().withPaddingPercent(10.0));
        for (int i : new int[] {0, 9, 90, 99}) {
            assertThat(alpha(out, i, 50)).as("column %d", i).isZero();
            assertThat(alpha(out, 50, i)).as("row %d", i).isZero();
        }
        for (int i : new int[] {10, 50, 89}) {
            assertThat(alpha(out, i, 50)).as("column %d", i).isEqualTo(255);
            assertThat(alpha(out, 50, i)).as("row %d", i).isEqualTo(255);
        }
        // The wide slot: 10 % of 115 = 11.5 px on every side, a fractional edge.
        BufferedImage wide = render(filled(300, 300, RED), slot(255, 115),
                SlotSettings.defaults().withPaddingPercent(10.0));
        assertThat(alpha(wide, 127, 10)).isZero();
        assertThat(alpha(wide, 127, 11)).isBetween(127, 128);
        assertThat(alpha(wide, 127, 12)).isEqualTo(255);
        assertThat(alpha(wide, 127, 103)).isBetween(127, 128);
    }

    @Test
    void alignmentPlacesTheLogoInTheFreeSpace() {
        BufferedImage wideLogo = filled(400, 200, RED); // 230x115 in the 255x115 slot, 25 px free
        BufferedImage left = render(wideLogo, slot(255, 115), SlotSettings.defaults().withAlignment(Alignment.LEFT));
        assertThat(alpha(left, 0, 57)).isEqualTo(255);
        assertThat(alpha(left, 229, 57)).isEqualTo(255);
        assertThat(alpha(left, 230, 57)).isZero();
        BufferedImage right = render(wideLogo, slot(255, 115), SlotSettings.defaults().withAlignment(Alignment.RIGHT));
        assertThat(alpha(right, 24, 57)).isZero();
        assertThat(alpha(right, 25, 57)).isEqualTo(255);
        assertThat(alpha(right, 254, 57)).isEqualTo(255);

        BufferedImage top = render(wideLogo, slot(90, 90), SlotSettings.defaults().withAlignment(Alignment.TOP));
        assertThat(alpha(top, 45, 0)).isEqualTo(255);
        assertThat(alpha(top, 45, 44)).isEqualTo(255);
        assertThat(alpha(top, 45, 45)).isZero();
        BufferedImage bottom = render(wideLogo, slot(90, 90), SlotSettings.defaults().withAlignment(Alignment.BOTTOM));
        assertThat(alpha(bottom, 45, 44)).isZero();
        assertThat(alpha(bottom, 45, 45)).isEqualTo(255);
        assertThat(alpha(bottom, 45, 89)).isEqualTo(255);
    }

    @Test
    void coverFillsTheSlotAroundTheFocusPoint() {
        BufferedImage halves = filled(400, 200, 0xFF0000FF);
        Graphics2D g = halves.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 200);
        g.dispose();
        SlotSettings cover = SlotSettings.defaults().withFit(Fit.COVER);
        BufferedImage leftFocus = render(halves, slot(90, 90), focus(cover, 0.0));
        BufferedImage rightFocus = render(halves, slot(90, 90), focus(cover, 1.0));
        BufferedImage centre = render(halves, slot(90, 90), focus(cover, 0.5));
        for (BufferedImage out : new BufferedImage[] {leftFocus, rightFocus, centre}) {
            for (int[] p : new int[][] {{0, 0}, {89, 0}, {0, 89}, {89, 89}}) {
                assertThat(alpha(out, p[0], p[1])).as("cover leaves no empty corner").isEqualTo(255);
            }
        }
        // The view is exactly one half; near its inner edge the filter may see a little of the other half.
        assertThat(leftFocus.getRGB(2, 45)).isEqualTo(RED);
        assertThat(leftFocus.getRGB(80, 45)).isEqualTo(RED);
        assertThat(rightFocus.getRGB(9, 45)).isEqualTo(0xFF0000FF);
        assertThat(rightFocus.getRGB(87, 45)).isEqualTo(0xFF0000FF);
        assertThat(centre.getRGB(2, 45)).isEqualTo(RED);
        assertThat(centre.getRGB(87, 45)).isEqualTo(0xFF0000FF);
    }

    @Test
    void trimRemovesTransparentMargins() {
        BufferedImage src = filled(400, 400, 0);
        Graphics2D g = src.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(50, 250, 200, 100);
        g.dispose();
        BufferedImage trimmed = render(src, slot(90, 90), SlotSettings.defaults().withTrim(true));
        assertThat(alpha(trimmed, 0, 45)).isEqualTo(255);
        assertThat(alpha(trimmed, 89, 45)).isEqualTo(255);
        assertThat(alpha(trimmed, 45, 22)).isBetween(127, 128);
        assertThat(alpha(trimmed, 45, 21)).isZero();
        BufferedImage untrimmed = render(src, slot(90, 90), SlotSettings.defaults().withTrim(false));
        assertThat(alpha(untrimmed, 5, 65)).isZero();
        assertThat(alpha(untrimmed, 30, 65)).isEqualTo(255);
    }

    @Test
    void trimRemovesFlatMarginsOfAnOpaqueSourceWithoutBleedingTheirColour() {
        BufferedImage src = filled(300, 300, 0xFFFFFFFF);
        Graphics2D g = src.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 100, 50);
        g.dispose();
        BufferedImage out = render(src, slot(90, 90), SlotSettings.defaults().withTrim(true));
        assertThat(out.getRGB(0, 45)).isEqualTo(0xFF000000);
        assertThat(out.getRGB(89, 23)).isEqualTo(0xFF000000);
        assertThat(out.getRGB(45, 22) & 0xFFFFFF).as("no white from the margin on the edge").isZero();
        assertThat(alpha(out, 45, 10)).isZero();
    }

    @Test
    void opaqueBackgroundFillsTheSlot() {
        BufferedImage out = render(filled(200, 100, RED), slot(90, 90),
                SlotSettings.defaults().withBackground(SlotBackground.read("#336699")));
        assertThat(out.getRGB(45, 5)).isEqualTo(0xFF336699);
        assertThat(out.getRGB(45, 45)).isEqualTo(RED);
        int edge = out.getRGB(45, 22); // half red, half background, mixed in linear light
        assertThat(edge >>> 24).isEqualTo(255);
        double linearRed = 0.5 * 1.0 + 0.5 * SrgbTransfer.decode(0x33 / 255.0);
        assertThat((edge >> 16) & 0xFF).isCloseTo((int) Math.round(SrgbTransfer.encode(linearRed) * 255),
                Offset.offset(1));
    }

    @Test
    void aWorkingCopyIsSmallKeepsTheFactsAndRendersAlike() {
        SourceImage full = source(TestImages.logo(2000, 1000, false));
        SourceImage copy = WorkingCopy.of(full, 500);
        assertThat(copy.width()).isEqualTo(500);
        assertThat(copy.height()).isEqualTo(250);
        assertThat(copy.facts()).isEqualTo(full.facts());
        assertThat(WorkingCopy.of(full, 4000)).isSameAs(full);
        ImageSlot wide = slot(255, 115);
        RenderedSlot fromCopy = SlotRenderer.render(copy, wide, SlotSettings.defaults());
        RenderedSlot fromFull = SlotRenderer.render(full, wide, SlotSettings.defaults());
        assertThat(fromCopy.warnings()).as("no upscaling warning: the original is large").isEmpty();
        assertThat(Ssim.of(fromCopy.image(), fromFull.image())).isGreaterThan(0.98);
    }

    private static SlotSettings focus(SlotSettings s, double x) {
        return new SlotSettings(s.fit(), s.paddingPercent(), s.background(), s.trim(), s.alignment(), s.source(),
                x, 0.5, s.sharpen());
    }

    private static BufferedImage render(BufferedImage src, ImageSlot slot, SlotSettings settings) {
        return SlotRenderer.render(source(src), slot, settings).image();
    }
}
