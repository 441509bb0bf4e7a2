package io.offerkit.imaging;

import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The optional light sharpening of small slots: crisper edges, the same size, no halos, and off by default. */
class SharpeningTest {
    private static final SlotSettings OFF = SlotSettings.defaults();
    private static final SlotSettings ON = SlotSettings.defaults().withSharpen(true);

    private static BufferedImage render(BufferedImage src, ImageSlot slot, SlotSettings settings) {
        return SlotRenderer.render(source(src), slot, settings).image();
    }

    private static double luma(int argb) {
        double a = (argb >>> 24) / 255.0;
        return a * (0.2126 * ((argb >> 16) & 0xFF) + 0.7152 * ((argb >> 8) & 0xFF) + 0.0722 * (argb & 0xFF));
    }

    /** Dark blue on the left, white on the right, blended over {@code width} of 1000 pixels: a soft edge. */
    private static BufferedImage softEdge(double width) {
        BufferedImage image = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 1000; x++) {
            double t = Math.max(0, Math.min(1, (x - 500 + width / 2) / width));
            int r = (int) Math.round(0x1E + t * (255 - 0x1E));
            int g = (int) Math.round(0x3A + t * (255 - 0x3A));
            int b = (int) Math.round(0x8A + t * (255 - 0x8A));
            int p = 0xFF000000 | r << 16 | g << 8 | b;
            for (int y = 0; y < 1000; y++) {
                image.setRGB(x, y, p);
            }
        }
        return image;
    }

    @Test
    void sharpeningSteepensASoftEdgeAndARealLogo() {
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            // The edge fills the slot (cover) and is soft at the slot's own scale: the blend spans three of its pixels.
            BufferedImage edge = softEdge(3 * 1000.0 / Math.max(slot.width(), slot.height()));
            double plain = rmsGradient(render(edge, slot, OFF.withFit(Fit.COVER)));
            double sharp = rmsGradient(render(edge, slot, ON.withFit(Fit.COVER)));
            assertThat(sharp).as("%s: %.3f -> %.3f", slot.id(), plain, sharp).isGreaterThan(plain * 1.05);
        }
        BufferedImage logo = TestImages.logo(1200, 1200, false);
        ImageSlot small = TestImages.slot(40, 40);
        double plain = rmsGradient(render(logo, small, OFF));
        double sharp = rmsGradient(render(logo, small, ON));
        assertThat(sharp).as("logo at 40x40: %.3f -> %.3f", plain, sharp).isGreaterThan(plain * 1.05);
    }

    @Test
    void everySlotKeepsItsExactSize() {
        BufferedImage logo = TestImages.logo(1500, 900, false);
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            BufferedImage out = render(logo, slot, ON.withPaddingPercent(7.0));
            assertThat(out.getWidth()).isEqualTo(slot.width());
            assertThat(out.getHeight()).isEqualTo(slot.height());
        }
    }

    /**
     * Thin white strokes on dark blue: every sharpened pixel stays within what its 3x3 neighbourhood held before
     * sharpening (one code of rounding aside), so there is no dark ring beside a stroke and no glow on it.
     */
    @Test
    void thinWhiteStrokesGetNoHalo() {
        BufferedImage src = TestImages.filled(1000, 1000, 0xFF1E3A8A);
        Graphics2D g = src.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(22f));
        g.draw(new Ellipse2D.Double(150, 150, 700, 700));
        g.drawLine(100, 500, 900, 520);
        g.dispose();
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            BufferedImage plain = render(src, slot, OFF);
            BufferedImage sharp = render(src, slot, ON);
            assertWithinNeighbourhood(plain, sharp, slot.id());
            assertThat(rmsGradient(sharp)).isGreaterThan(rmsGradient(plain));
        }
    }

    /** A thin white ring on transparency stays white at every alpha: no grey or dark fringe at the transparent edge. */
    @Test
    void aWhiteRingOnTransparencyStaysWhite() {
        BufferedImage src = TestImages.filled(1000, 1000, 0x00000000);
        Graphics2D g = src.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(30f));
        g.draw(new Ellipse2D.Double(100, 100, 800, 800));
        g.dispose();
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            BufferedImage out = render(src, slot, ON);
            int visible = 0;
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    int p = out.getRGB(x, y);
                    if ((p >>> 24) == 0) {
                        continue;
                    }
                    visible++;
                    assertThat(p & 0xFFFFFF).as("%s at %d,%d: %08X", slot.id(), x, y, p).isEqualTo(0xFFFFFF);
                }
            }
            assertThat(visible).isGreaterThan(0);
            assertWithinNeighbourhood(render(src, slot, OFF), out, slot.id());
        }
    }

    @Test
    void offByDefaultAndOffIsExactlyTheUnsharpenedRender() {
        assertThat(SlotSettings.defaults().sharpen()).isFalse();
        BufferedImage logo = TestImages.logo(1200, 800, false);
        // An override written before the setting existed has no value: it follows the defaults, so off.
        SlotSettings unset = SlotSettings.none().over(SlotSettings.defaults().withSharpen(null));
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            int[] defaults = ArgbPixels.of(render(logo, slot, SlotSettings.defaults()));
            assertThat(ArgbPixels.of(render(logo, slot, OFF.withSharpen(false)))).isEqualTo(defaults);
            assertThat(ArgbPixels.of(render(logo, slot, unset))).isEqualTo(defaults);
            assertThat(ArgbPixels.of(render(logo, slot, ON))).isNotEqualTo(defaults);
        }
    }

    @Test
    void anSvgSlotIsSharpenedTooAndKeepsItsSize() throws Exception {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
                + "<circle cx='50' cy='50' r='38' fill='none' stroke='#2563EB' stroke-width='5'/></svg>";
        SourceImage vector = ImageDecoder.read(svg.getBytes(StandardCharsets.UTF_8), "ring.svg");
        ImageSlot small = TestImages.slot(40, 40);
        BufferedImage plain = SlotRenderer.render(vector, small, OFF).image();
        BufferedImage sharp = SlotRenderer.render(vector, small, ON).image();
        assertThat(sharp.getWidth()).isEqualTo(40);
        assertThat(rmsGradient(sharp)).isGreaterThan(rmsGradient(plain));
        assertWithinNeighbourhood(plain, sharp, "ring.svg");
    }

    /**
     * Each channel of {@code sharp}, premultiplied by its alpha, and alpha itself lie within the 3x3 range of
     * {@code plain} around it, +-1 code (premultiplied: the colour of a nearly transparent pixel is only a rounding).
     */
    private static void assertWithinNeighbourhood(BufferedImage plain, BufferedImage sharp, String what) {
        int w = plain.getWidth();
        int h = plain.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int shift = 0; shift <= 24; shift += 8) {
                    int min = 255;
                    int max = 0;
                    for (int j = Math.max(0, y - 1); j <= Math.min(h - 1, y + 1); j++) {
                        for (int i = Math.max(0, x - 1); i <= Math.min(w - 1, x + 1); i++) {
                            int v = premultiplied(plain.getRGB(i, j), shift);
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                    int v = premultiplied(sharp.getRGB(x, y), shift);
                    assertThat(v).as("%s at %d,%d, bits %d", what, x, y, shift).isBetween(min - 1, max + 1);
                }
            }
        }
    }

    private static int premultiplied(int argb, int shift) {
        int alpha = argb >>> 24;
        return shift == 24 ? alpha : (int) Math.round(((argb >>> shift) & 0xFF) * alpha / 255.0);
    }

    /**
     * Root mean square of the luminance gradient (forward differences), in sRGB code values. Not the plain mean: along
     * a monotonic edge the differences add up to the same total rise however steep the edge, while their squares
     * grow as the rise gathers into fewer pixels, which is what a crisper edge is.
     */
    static double rmsGradient(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double sum = 0;
        for (int y = 0; y < h - 1; y++) {
            for (int x = 0; x < w - 1; x++) {
                double here = luma(image.getRGB(x, y));
                double dx = luma(image.getRGB(x + 1, y)) - here;
                double dy = luma(image.getRGB(x, y + 1)) - here;
                sum += dx * dx + dy * dy;
            }
        }
        return Math.sqrt(sum / ((w - 1) * (h - 1)));
    }
}
