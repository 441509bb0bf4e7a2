package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.render.EdgeColour;
import io.offerkit.imaging.render.SlotPlacement;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Framing;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screenshots of window captures of varied sizes (a HiDPI capture of 3700x2150 and the same at half size, full HD,
 * an odd window size), made as {@code offerkit screenshots} makes them (decoded from a PNG file, rendered by
 * {@link MediaRenderer} on the capture's edge colour, encoded, read back): exactly 1280x720, and close to the linear-light area average of the same geometry
 * (SSIM of the colour channels >= 0.99 each, >= 0.995 on average), and valid to pngcheck where it is installed. With ImageMagick installed its
 * {@code -colorspace RGB -filter Lanczos -resize} is scored beside ours; the table goes to
 * target/screenshot-quality-report.md (docs/performance.md quotes it).
 */
class ScreenshotQualityTest {
    private static final Path CONVERT = Path.of("/usr/bin/convert"); // the first convert on PATH may be a stand-in
    private static final Path PNGCHECK = Path.of("/usr/bin/pngcheck");
    private static final ImageSlot SCREENSHOT = TestImages.slot(1280, 720);

    @TempDir
    Path dir;

    @Test
    void screenshotsAreExactAndMatchTheAreaAverageOfTheCapture() throws Exception {
        int[][] sizes = {{3700, 2150}, {1850, 1075}, {1920, 1080}, {1713, 1049}};
        StringBuilder table = new StringBuilder("| capture | OfferKit | ImageMagick Lanczos |\n|---|---|---|\n");
        List<Double> scores = new ArrayList<>();
        for (int[] size : sizes) {
            BufferedImage capture = capture(size[0], size[1], size[0] * 31 + size[1]);
            Path file = dir.resolve(size[0] + "x" + size[1] + ".png");
            ImageIO.write(capture, "png", file.toFile());

            SourceImage source = ImageDecoder.read(file);
            int edge = EdgeColour.of(ArgbPixels.of(source.pixels()), source.width(), source.height());
            SlotSettings settings = SlotSettings.defaults().withBackground(SlotBackground.colour(edge));
            byte[] png = PngEncoder.encode(MediaRenderer.render(source, SCREENSHOT, Framing.defaults(), List.of()).image());
            BufferedImage ours = ImageDecoder.read(png, "screenshot").pixels();
            assertThat(ours.getWidth()).isEqualTo(1280);
            assertThat(ours.getHeight()).isEqualTo(720);
            if (Files.isExecutable(PNGCHECK)) {
                assertValid(png);
            }

            SlotPlacement placement = SlotPlacement.of(new Rectangle(0, 0, size[0], size[1]), 1280, 720,
                    settings.fit(), settings.paddingPercent(), settings.alignment(), settings.focusX(),
                    settings.focusY());
            BufferedImage reference = AreaAverageReference.of(capture, placement, 1280, 720, edge);
            double ssim = Ssim.ofColour(ours, reference);
            scores.add(ssim);
            String magick = Files.isExecutable(CONVERT)
                    ? String.format(Locale.ROOT, "%.4f", Ssim.ofColour(imageMagick(file, edge), reference)) : "-";
            table.append(String.format(Locale.ROOT, "| %dx%d | %.4f | %s |%n", size[0], size[1], ssim, magick));
            assertThat(ssim).as("%dx%d", size[0], size[1]).isGreaterThanOrEqualTo(0.99);
        }
        double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        table.append(String.format(Locale.ROOT, "%nmean OfferKit SSIM: %.4f%n", mean));
        Path report = Path.of("target", "screenshot-quality-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
        System.out.print(table);
        assertThat(mean).isGreaterThanOrEqualTo(0.995);
    }

    /**
     * A window capture: light background, title bar, sidebar, rows of small anti-aliased text with rules between
     * them, coloured buttons and a photo-like area of smooth colour with grain. The type is sized for the capture's
     * width, as a window's is for its display (a HiDPI capture at half size has the type of a normal one).
     */
    static BufferedImage capture(int w, int h, long seed) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        double s = w / 1850.0;
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF3F3F3));
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0x2B579A));
            g.fillRect(0, 0, w, (int) (45 * s));
            g.setColor(new Color(0xE6E6E6));
            g.fillRect(0, (int) (45 * s), (int) (320 * s), h);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(20 * s)));
            g.drawString("Contoso Field Service - Work orders", (float) (20 * s), (float) (30 * s));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(15 * s)));
            for (int i = 0; i < 14; i++) {
                g.setColor(new Color(0x333333));
                g.drawString("Section " + (i + 1) + ": Schedule board", (float) (30 * s), (float) ((90 + i * 45) * s));
            }
            for (int i = 0; (200 + i * 36) * s < h - 60 * s && i < 24; i++) {
                float y = (float) ((100 + i * 36) * s);
                g.setColor(new Color(0x333333));
                g.drawString(String.format(Locale.ROOT, "WO-%05d  Contoso Ltd.  Repair HVAC unit, floor %d  2026-12-%02d"
                        + "  Open", i, i % 9 + 1, i % 28 + 1), (float) (360 * s), y);
                g.setColor(new Color(0xDDDDDD));
                g.drawLine((int) (350 * s), (int) (y + 11 * s), (int) (1150 * s), (int) (y + 11 * s));
            }
            int[] buttons = {0x107C10, 0xD83B01, 0x0078D4, 0x5C2D91};
            for (int i = 0; i < buttons.length; i++) {
                g.setColor(new Color(buttons[i]));
                g.fillRoundRect((int) ((360 + i * 200) * s), h - (int) (80 * s), (int) (170 * s), (int) (40 * s),
                        (int) (6 * s), (int) (6 * s));
            }
        } finally {
            g.dispose();
        }
        photo(image, (int) (1200 * s), (int) (100 * s), (int) (600 * s), (int) (450 * s), new Random(seed));
        return image;
    }

    /**
     * Smooth colour fields with a little per-pixel grain (sigma 2 levels), like a photo shown in the window. With a
     * coarse grain of sigma 6, pure noise at the capture's pixel scale, the mean SSIM fell to 0.9950 (Lanczos passes
     * more of that noise than an area average does; text alone scores 0.994-0.995 either way).
     */
    private static void photo(BufferedImage image, int x0, int y0, int pw, int ph, Random random) {
        double fx = 2 + random.nextDouble() * 3;
        double fy = 2 + random.nextDouble() * 3;
        for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
                double u = (double) x / pw;
                double v = (double) y / ph;
                int r = channel(128 + 100 * Math.sin(fx * u * Math.PI + v * 3) + random.nextGaussian() * 2);
                int gr = channel(120 + 90 * Math.cos(fy * v * Math.PI + u * 2) + random.nextGaussian() * 2);
                int b = channel(110 + 80 * Math.sin((u + v) * 5) + random.nextGaussian() * 2);
                image.setRGB(x0 + x, y0 + y, 0xFF000000 | r << 16 | gr << 8 | b);
            }
        }
    }

    private static int channel(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private void assertValid(byte[] png) throws Exception {
        Path file = Files.write(dir.resolve("screenshot.png"), png);
        Process p = new ProcessBuilder(PNGCHECK.toString(), file.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
    }

    /** The ImageMagick line, padded with the same edge colour. */
    private BufferedImage imageMagick(Path source, int edge) throws Exception {
        Path out = dir.resolve("im-" + source.getFileName());
        Process p = new ProcessBuilder(CONVERT.toString(), source.toString(), "-colorspace", "RGB", "-filter",
                "Lanczos", "-resize", "1280x720", "-background", String.format("#%06X", edge & 0xFFFFFF),
                "-gravity", "center", "-extent", "1280x720", "-colorspace", "sRGB", "PNG24:" + out)
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
        return ImageIO.read(out.toFile());
    }
}
