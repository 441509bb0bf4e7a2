package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.imaging.decode.SvgSource;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SvgRenderingTest {
    private static final int BRAND = 0xFFC01F3A;

    static SourceImage svg(String text) throws ImagingException {
        return ImageDecoder.read(text.getBytes(StandardCharsets.UTF_8), "logo.svg");
    }

    @Test
    void svgIsRecognisedByItsContent() {
        String root = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";
        for (String text : new String[] {
                root,
                "\uFEFF  \n" + root,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generator: a tool > 2 -->\n" + root,
                "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                        + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" + root,
                "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>"}) {
            assertThat(ImageFormats.sniff(text.getBytes(StandardCharsets.UTF_8))).as(text).isEqualTo("SVG");
        }
        for (String text : new String[] {"<html><svg/></html>", "<svgx/>", "<!-- <svg> -->", "svg", ""}) {
            assertThat(ImageFormats.sniff(text.getBytes(StandardCharsets.UTF_8))).as(text).isNull();
        }
    }

    @Test
    void aDoctypeWithoutEntitiesAsToolsWriteItIsAccepted() throws Exception {
        SourceImage img = svg("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg version=\"1.1\" id=\"Layer_1\" xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" x=\"0px\" y=\"0px\" viewBox=\"0 0 40 40\" "
                + "style=\"enable-background:new 0 0 40 40;\" xml:space=\"preserve\">\n"
                + "<style type=\"text/css\">.st0{fill:#C01F3A;}</style>\n"
                + "<rect x=\"10\" y=\"10\" class=\"st0\" width=\"20\" height=\"20\"/>\n</svg>\n");
        assertThat(img.facts().width()).isEqualTo(40);
        assertThat(img.pixels().getRGB(512, 512)).isEqualTo(BRAND);
    }

    @Test
    void compressedSvgzIsReadAndABombIsRefused() throws Exception {
        String text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\">"
                + "<rect x=\"10\" y=\"10\" width=\"20\" height=\"20\" fill=\"#C01F3A\"/></svg>";
        byte[] svgz = FormatCorpus.gzip(text.getBytes(StandardCharsets.UTF_8));
        assertThat(ImageFormats.sniff(svgz)).isEqualTo("SVG");
        SourceImage img = ImageDecoder.read(svgz, "logo.svgz");
        assertThat(img.facts().bytes()).isEqualTo(svgz.length);
        assertThat(img.pixels().getRGB(512, 512)).isEqualTo(BRAND);
        // 64 MB of spaces after the root compresses to ~64 KB: refused, not inflated.
        byte[] padded = new byte[64 * 1024 * 1024];
        Arrays.fill(padded, (byte) ' ');
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, padded, 0, head.length);
        Assertions.assertThatThrownBy(() -> ImageDecoder.read(FormatCorpus.gzip(padded), "bomb.svgz"))
                .isInstanceOf(ImagingException.class).hasMessageContaining("MB");
        assertThat(ImageFormats.sniff(FormatCorpus.gzip("not svg".getBytes(StandardCharsets.UTF_8)))).isNull();
    }

    @Test
    void factsGiveTheIntrinsicSizeAndPixelsAPreview() throws Exception {
        SourceImage sized = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"150\">"
                + "<rect width=\"300\" height=\"150\" fill=\"#C01F3A\"/></svg>");
        assertThat(sized.facts().format()).isEqualTo("SVG");
        assertThat(sized.facts().colorType()).isEqualTo("vector");
        assertThat(sized.facts().width()).isEqualTo(300);
        assertThat(sized.facts().height()).isEqualTo(150);
        assertThat(sized.isVector()).isTrue();
        assertThat(sized.width()).isEqualTo(SvgSource.PREVIEW_SIDE);
        assertThat(sized.height()).isEqualTo(SvgSource.PREVIEW_SIDE / 2);
        assertThat(sized.facts().summary()).startsWith("SVG 300x150, vector,").doesNotContain("-bit");
        SourceImage viewBoxOnly = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 32\"/>");
        assertThat(viewBoxOnly.facts().width()).isEqualTo(64);
        assertThat(viewBoxOnly.facts().height()).isEqualTo(32);
    }

    /** A rectangle whose edges fall on whole pixels of the slot: the vector slot must have no blurred pixel. */
    @Test
    void aPixelAlignedEdgeIsSharpAtEachSlotSize() throws Exception {
        checkSharp(TestImages.slot(40, 40), 7, 5, 26, 30);
        checkSharp(TestImages.slot(255, 115), 20, 10, 200, 90);
    }

    private static void checkSharp(ImageSlot slot, int x, int y, int w, int h) throws Exception {
        SourceImage vector = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + slot.width() + " "
                + slot.height() + "\"><rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h
                + "\" fill=\"#C01F3A\"/></svg>");
        SlotSettings settings = SlotSettings.defaults().withTrim(false).withPaddingPercent(0.0);
        BufferedImage crisp = SlotRenderer.render(vector, slot, settings).image();
        int row = y + h / 2;
        assertThat(crisp.getRGB(x - 1, row) >>> 24).isZero();
        assertThat(crisp.getRGB(x, row)).isEqualTo(BRAND);
        assertThat(crisp.getRGB(x + w - 1, row)).isEqualTo(BRAND);
        assertThat(crisp.getRGB(x + w, row) >>> 24).isZero();
        assertThat(crisp.getRGB(x + w / 2, y - 1) >>> 24).isZero();
        assertThat(crisp.getRGB(x + w / 2, y)).isEqualTo(BRAND);
        assertThat(partlyTransparent(crisp, row)).as("blurred pixels on the vector slot's row").isZero();

        // The same picture as a raster downscaled by the resampler is measurably softer at the same edges.
        SourceImage raster = new SourceImage(vector.pixels(), vector.facts());
        BufferedImage resampled = SlotRenderer.render(raster, slot, settings).image();
        assertThat(partlyTransparent(resampled, row)).as("blurred pixels after rasterise-then-downscale")
                .isGreaterThan(0);
    }

    private static int partlyTransparent(BufferedImage image, int row) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            int a = image.getRGB(x, row) >>> 24;
            if (a != 0 && a != 255) {
                n++;
            }
        }
        return n;
    }

    @Test
    void coloursTransparencyBackgroundAndTrimAreKept() throws Exception {
        SourceImage logo = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\">"
                + "<rect x=\"10\" y=\"10\" width=\"20\" height=\"20\" fill=\"#C01F3A\"/>"
                + "<circle cx=\"20\" cy=\"20\" r=\"4\" fill=\"#0E9F8E\" fill-opacity=\"0.5\"/></svg>");
        ImageSlot slot = TestImages.slot(40, 40);
        BufferedImage plain = SlotRenderer.render(logo, slot, SlotSettings.defaults().withTrim(false)).image();
        assertThat(plain.getRGB(2, 2) >>> 24).as("transparent outside").isZero();
        assertThat(plain.getRGB(12, 12)).isEqualTo(BRAND);
        // Half-transparent teal over the red, composited by the SVG renderer itself.
        int mixed = plain.getRGB(20, 20);
        assertThat(mixed >>> 24).isEqualTo(255);
        assertThat((mixed >> 8) & 0xFF).isBetween(0x50, 0x6A);

        BufferedImage onColour = SlotRenderer.render(logo, slot,
                SlotSettings.defaults().withTrim(false).withBackground(SlotBackground.read("#102030"))).image();
        assertThat(onColour.getRGB(2, 2)).isEqualTo(0xFF102030);
        assertThat(onColour.getRGB(12, 12)).isEqualTo(BRAND);

        // Trimmed: the 20x20 square fills the slot, still drawn from the vectors.
        BufferedImage trimmed = SlotRenderer.render(logo, slot, SlotSettings.defaults().withTrim(true)).image();
        assertThat(trimmed.getRGB(0, 20) >>> 24).isGreaterThan(240);
        assertThat(trimmed.getRGB(1, 20)).isEqualTo(BRAND);
        assertThat(trimmed.getRGB(39, 20) >>> 24).isGreaterThan(240);
    }

    @Test
    void aWorkingCopyOfAnSvgStillRendersFromVectors() throws Exception {
        SourceImage logo = svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 40\">"
                + "<rect x=\"7\" y=\"7\" width=\"26\" height=\"26\" fill=\"#C01F3A\"/></svg>");
        SourceImage small = WorkingCopy.of(logo, 100);
        assertThat(small.width()).isEqualTo(100);
        assertThat(small.isVector()).isTrue();
        BufferedImage slot = SlotRenderer.render(small, TestImages.slot(40, 40),
                SlotSettings.defaults().withTrim(false)).image();
        assertThat(partlyTransparent(slot, 20)).isZero();
        assertThat(SlotRenderer.render(small, TestImages.slot(40, 40), SlotSettings.defaults().withTrim(false))
                .warnings()).noneMatch(w -> w.startsWith("Upscaled"));
    }
}
