package io.offerkit.imaging;

import static io.offerkit.imaging.TestImages.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality measurement of the logo studio: for generated logos and every AppSource slot, the SSIM of OfferKit's
 * slot and of ImageMagick's default {@code -resize} against a linear-light Lanczos-3 reference (premultiplied, from
 * the full source, no pre-reduction). The table goes to target/quality-report.md; docs/performance.md quotes it.
 */
class QualityAgainstImageMagickTest {
    private static final Path CONVERT = Path.of("/usr/bin/convert"); // the first convert on PATH may be a stand-in

    @TempDir
    Path dir;

    @Test
    void offerKitSlotsMatchTheReferenceAndBeatImageMagicksDefault() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CONVERT), "ImageMagick is not installed (.ci/run installs it)");
        BufferedImage[] logos = {
            TestImages.logo(2048, 2048, false), TestImages.logo(2048, 2048, true),
            TestImages.logo(3000, 900, false), TestImages.logo(1024, 1024, false)};
        StringBuilder table = new StringBuilder("| source | slot | OfferKit | ImageMagick -resize |\n|---|---|---|---|\n");
        double worstOurs = 1;
        for (BufferedImage logo : logos) {
            Path file = dir.resolve("src.png");
            ImageIO.write(logo, "png", file.toFile());
            String name = logo.getWidth() + "x" + logo.getHeight() + (logo.getRGB(0, 0) >>> 24 == 255 ? " opaque" : " transparent");
            for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
                BufferedImage reference = SlotRenderer.render(source(logo), slot, SlotSettings.defaults(), false).image();
                BufferedImage ours = ImageDecoder.read(PngEncoder.encode(
                        SlotRenderer.render(ImageDecoder.read(file), slot, SlotSettings.defaults()).image()), "ours").pixels();
                BufferedImage magick = imageMagick(file, slot.width(), slot.height());
                double ssimOurs = Ssim.of(ours, reference);
                double ssimMagick = Ssim.of(magick, reference);
                worstOurs = Math.min(worstOurs, ssimOurs);
                table.append(String.format(Locale.ROOT, "| %s | %dx%d | %.4f | %.4f |%n", name, slot.width(), slot.height(),
                        ssimOurs, ssimMagick));
                assertThat(ssimOurs).as("%s %s", name, slot.id()).isGreaterThanOrEqualTo(0.995);
                assertThat(ssimOurs).as("%s %s", name, slot.id()).isGreaterThanOrEqualTo(ssimMagick);
            }
        }
        Path report = Path.of("target", "quality-report.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table + String.format(Locale.ROOT, "%nworst OfferKit SSIM: %.4f%n", worstOurs));
        System.out.print(table);
    }

    private BufferedImage imageMagick(Path source, int w, int h) throws Exception {
        Path out = dir.resolve("im-" + w + "x" + h + ".png");
        Process p = new ProcessBuilder(CONVERT.toString(), source.toString(), "-resize", w + "x" + h,
                "-background", "none", "-gravity", "center", "-extent", w + "x" + h, "PNG32:" + out)
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
        return ImageIO.read(out.toFile());
    }
}
