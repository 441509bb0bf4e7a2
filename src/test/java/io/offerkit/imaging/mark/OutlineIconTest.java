package io.offerkit.imaging.mark;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.ArgbPixels;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Teams' 32x32 outline icon made from twenty varied logos: white at alpha 255 or clear at alpha 0, nothing between,
 * corners clear, trimmed to the mark; a photo and a coloured mark supplied for the slot are refused with a reason.
 * With the environment variable OUTLINE_SHEET=DIR the outlines are also written as a contact sheet (8x, on dark grey) to look at.
 */
class OutlineIconTest {
    private static final int SIZE = 32;

    @Test
    void twentyLogosMakeWhiteOnTransparentOutlinesWithoutPadding() throws IOException {
        Map<String, int[]> icons = new LinkedHashMap<>();
        TestLogos.twenty().forEach((name, logo) -> {
            MarkResult mark = MarkExtractor.fromLogo(ArgbPixels.of(logo), logo.getWidth(), logo.getHeight());
            assertThat(mark.reason()).as(name).isNull();
            int[] icon = OutlineIconRenderer.render(mark.mask(), SIZE, SIZE);
            assertThat(icon).as(name).hasSize(SIZE * SIZE);
            assertThat(icon).as(name + ": only white at alpha 255 or clear at alpha 0")
                    .containsOnly(OutlineIconRenderer.WHITE, OutlineIconRenderer.CLEAR);
            assertThat(new int[] {icon[0], icon[SIZE - 1], icon[SIZE * (SIZE - 1)], icon[SIZE * SIZE - 1]})
                    .as(name + ": corners").containsOnly(OutlineIconRenderer.CLEAR);
            assertThat(OutlineIconRenderer.touchesAnAxis(icon, SIZE, SIZE)).as(name + ": no padding").isTrue();
            assertThat(whiteShare(icon)).as(name + ": a shape, neither nothing nor a full square").isBetween(0.02, 0.85);
            icons.put(name, icon);
        });
        assertThat(icons).hasSize(20);
        String sheet = System.getenv("OUTLINE_SHEET");
        if (sheet != null) {
            writeSheet(icons, Path.of(sheet));
        }
    }

    @Test
    void theShapesAreTheMarks() {
        Map<String, BufferedImage> logos = TestLogos.twenty();
        // The disc fills about pi/4 of its square, as a disc should.
        assertThat(whiteShare(outline(logos.get("blue disc")))).isCloseTo(Math.PI / 4, org.assertj.core.data.Offset.offset(0.04));
        // A letter on a plate is the letter, not a blank disc: the disc's centre is clear (the C's counter).
        int[] onDisc = outline(logos.get("letter on a disc"));
        assertThat(whiteShare(onDisc)).isLessThan(0.6);
        // White on dark: the bolt is white, the navy is gone, so the corners and most of the icon are clear.
        assertThat(whiteShare(outline(logos.get("white bolt on navy")))).isLessThan(0.5);
        // A thin ring stays a closed ring: its 12 o'clock pixel column has white at both ends and clear in the middle.
        int[] ring = outline(logos.get("thin ring"));
        assertThat(ring[SIZE / 2]).isEqualTo(OutlineIconRenderer.WHITE);
        assertThat(ring[SIZE * (SIZE - 1) + SIZE / 2]).isEqualTo(OutlineIconRenderer.WHITE);
        assertThat(ring[SIZE * SIZE / 2 + SIZE / 2]).isEqualTo(OutlineIconRenderer.CLEAR);
        // A wide wordmark fills the width and is centred vertically.
        int[] word = outline(logos.get("wide wordmark"));
        assertThat(column(word, 0) + column(word, SIZE - 1)).isPositive();
        assertThat(row(word, 0) + row(word, SIZE - 1)).isZero();
    }

    @Test
    void aPhotoHasNoMarkAndGetsAReasonAskingForOne() {
        BufferedImage photo = TestLogos.photo();
        MarkResult mark = MarkExtractor.fromLogo(ArgbPixels.of(photo), photo.getWidth(), photo.getHeight());
        assertThat(mark.separated()).isFalse();
        assertThat(mark.reason()).contains("cannot be told apart from its background")
                .contains("Give this slot a mark of its own");
    }

    @Test
    void aPhotoOnAPlainFrameIsAPictureNotAMark() {
        BufferedImage framed = TestLogos.draw(0xFFFFFF, g -> g.drawImage(TestLogos.photo(), 40, 40, 432, 432, null));
        MarkResult mark = MarkExtractor.fromLogo(ArgbPixels.of(framed), framed.getWidth(), framed.getHeight());
        assertThat(mark.reason()).contains("is a picture (a photo's texture)").contains("Give this slot a mark of its own");
    }

    @Test
    void aSuppliedMarkInOneColourIsTakenAndAColouredOneIsRefused() {
        BufferedImage white = TestLogos.draw(null, g -> TestLogos.fill(g, 0xFFFFFF, new Ellipse2D.Double(100, 100, 300, 300)));
        assertThat(MarkExtractor.fromSuppliedMark(ArgbPixels.of(white), 512, 512).separated()).isTrue();
        BufferedImage black = TestLogos.draw(0xFFFFFF, g -> TestLogos.fill(g, 0x000000, TestLogos.polygon(50, 50, 460, 256, 50, 460)));
        assertThat(MarkExtractor.fromSuppliedMark(ArgbPixels.of(black), 512, 512).separated()).isTrue();

        BufferedImage coloured = TestLogos.twenty().get("four coloured dots");
        MarkResult refused = MarkExtractor.fromSuppliedMark(ArgbPixels.of(coloured), 512, 512);
        assertThat(refused.separated()).isFalse();
        assertThat(refused.reason()).startsWith("The mark chosen for this slot has more than one colour (#")
                .contains("Choose the mark in white, or in one colour, on a transparent background.");
        // The same picture as the logo itself is a fine silhouette: only a supplied mark is held to one colour.
        assertThat(MarkExtractor.fromLogo(ArgbPixels.of(coloured), 512, 512).separated()).isTrue();
    }

    @Test
    void aLogoWithNothingApartFromItsBackgroundGetsAReason() {
        BufferedImage plain = TestLogos.draw(0x336699, g -> { });
        MarkResult mark = MarkExtractor.fromLogo(ArgbPixels.of(plain), 512, 512);
        assertThat(mark.reason()).startsWith("The logo has no mark that stands apart from its background (the colour #336699).");
    }

    private static int[] outline(BufferedImage logo) {
        MarkResult mark = MarkExtractor.fromLogo(ArgbPixels.of(logo), logo.getWidth(), logo.getHeight());
        return OutlineIconRenderer.render(mark.mask(), SIZE, SIZE);
    }

    private static double whiteShare(int[] icon) {
        long white = java.util.Arrays.stream(icon).filter(p -> p == OutlineIconRenderer.WHITE).count();
        return (double) white / icon.length;
    }

    private static int column(int[] icon, int x) {
        int n = 0;
        for (int y = 0; y < SIZE; y++) {
            n += icon[y * SIZE + x] == OutlineIconRenderer.WHITE ? 1 : 0;
        }
        return n;
    }

    private static int row(int[] icon, int y) {
        int n = 0;
        for (int x = 0; x < SIZE; x++) {
            n += icon[y * SIZE + x] == OutlineIconRenderer.WHITE ? 1 : 0;
        }
        return n;
    }

    /** Each outline 8x nearest-neighbour on dark grey with a 1 px checker of the canvas, its name under it. */
    private static void writeSheet(Map<String, int[]> icons, Path dir) throws IOException {
        int zoom = 8;
        int cell = SIZE * zoom + 24;
        int columns = 5;
        int rows = (icons.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * cell, rows * (cell + 16), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(new Color(0x202020));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        int i = 0;
        for (Map.Entry<String, int[]> icon : icons.entrySet()) {
            int ox = (i % columns) * cell + 12;
            int oy = (i / columns) * (cell + 16) + 12;
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    boolean white = icon.getValue()[y * SIZE + x] == OutlineIconRenderer.WHITE;
                    g.setColor(white ? Color.WHITE : (x + y) % 2 == 0 ? new Color(0x505050) : new Color(0x404040));
                    g.fillRect(ox + x * zoom, oy + y * zoom, zoom, zoom);
                }
            }
            g.setColor(new Color(0xBBBBBB));
            g.drawString(icon.getKey(), ox, oy + SIZE * zoom + 16);
            i++;
        }
        g.dispose();
        Files.createDirectories(dir);
        ImageIO.write(sheet, "png", dir.resolve("outlines-8x.png").toFile());
    }
}
