package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoLogo;
import io.offerkit.imaging.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --profile teams-app}: the colour icon and the outline icon made from the logo's mark. */
class GenerateTeamsTest {
    @TempDir
    Path dir;

    @Test
    void theOutlineIconIsTheMarkInWhiteOnTransparency() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), PngEncoder.encode(DemoLogo.draw()));
        CliTest.Run run = CliTest.run("generate", "--profile", "teams-app", "--out", dir.resolve("out").toString(), logo.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage outline = ImageIO.read(dir.resolve("out/outline-32x32.png").toFile());
        assertThat(outline.getWidth()).isEqualTo(32);
        int white = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                assertThat(argb == 0xFFFFFFFF || argb >>> 24 == 0).as("(%d, %d) is #%08X", x, y, argb).isTrue();
                white += argb == 0xFFFFFFFF ? 1 : 0;
            }
        }
        assertThat(white).isGreaterThan(50);
        assertThat(ImageIO.read(dir.resolve("out/color-192x192.png").toFile()).getWidth()).isEqualTo(192);
    }

    @Test
    void aPhotoGetsItsColourIconAndAReasonInsteadOfAnOutline() throws Exception {
        Random random = new Random(5);
        BufferedImage photo = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 200 * 200; i++) {
            photo.setRGB(i % 200, i / 200, random.nextInt(0x1000000));
        }
        Path source = Files.write(dir.resolve("photo.png"), PngEncoder.encode(photo));
        CliTest.Run run = CliTest.run("generate", "--profile", "teams-app", "--out", dir.resolve("out").toString(), source.toString());
        assertThat(run.exit()).isEqualTo(OfferKitCommand.BAD_INPUT);
        assertThat(dir.resolve("out/color-192x192.png")).isRegularFile();
        assertThat(dir.resolve("out/outline-32x32.png")).doesNotExist();
        assertThat(run.err()).startsWith("offerkit generate: " + source + ": outline-32x32 was not made: The logo's mark"
                + " cannot be told apart from its background").contains("Give this slot a mark of its own");
    }
}
