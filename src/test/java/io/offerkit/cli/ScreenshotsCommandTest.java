package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.cli.CliTest.Run;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotsCommandTest {
    private static final int EDGE = 0x336699;
    private static final int CONTENT = 0xCC2200;

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    /** A capture: the window's background colour at the edges, a block of "content" inside. */
    private Path capture(String name, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(EDGE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(CONTENT));
        g.fillRect(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.setColor(Color.WHITE);
        g.drawString("Customer overview", width / 4, height / 2);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> written() throws IOException {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    @Test
    void writesEachCaptureAtExactly1280x720NumberedInArgumentOrderAndWarnsOnlyOfTheUpscaledOne() throws Exception {
        Path big = capture("My Screen_1.PNG", 3700, 2150);
        Path small = capture("small.png", 1000, 700);
        Run run = run("screenshots", "--out", out().toString(), big.toString(), small.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(written()).containsExactly("01-my-screen-1.png", "02-small.png");
        assertThat(run.out().lines()).containsExactly(out().resolve("01-my-screen-1.png").toString(),
                out().resolve("02-small.png").toString());
        for (String name : written()) {
            BufferedImage png = read(out().resolve(name));
            assertThat(png.getWidth() + "x" + png.getHeight()).as(name).isEqualTo("1280x720");
        }
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains(small.toString(), "1000x700", "upscaled", "blurry").doesNotContain(big.toString());
    }

    @Test
    void containPadsWithTheCapturesOwnEdgeColour() throws Exception {
        Path square = capture("settings.png", 1200, 1200);
        Run run = run("screenshots", "--out", out().toString(), square.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage png = read(out().resolve("01-settings.png"));
        assertThat(png.getRGB(100, 360) & 0xFFFFFF).isEqualTo(EDGE); // the left band
        assertThat(png.getRGB(1180, 700) & 0xFFFFFF).isEqualTo(EDGE); // the right band
        assertThat(png.getRGB(640, 360) & 0xFFFFFF).isEqualTo(CONTENT);
    }

    @Test
    void aBackgroundColourPadsTheBands() throws Exception {
        Path square = capture("settings.png", 1200, 1200);
        Run run = run("screenshots", "--background", "#112233", "--out", out().toString(), square.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage png = read(out().resolve("01-settings.png"));
        assertThat(png.getRGB(100, 360) & 0xFFFFFF).isEqualTo(0x112233);
        assertThat(png.getRGB(1180, 10) & 0xFFFFFF).isEqualTo(0x112233);
    }

    @Test
    void coverFillsTheFrameWithoutABand() throws Exception {
        BufferedImage red = new BufferedImage(1200, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = red.createGraphics();
        g.setColor(new Color(CONTENT));
        g.fillRect(0, 0, 1200, 1200);
        g.dispose();
        Path square = dir.resolve("red.png");
        ImageIO.write(red, "png", square.toFile());
        Run run = run("screenshots", "--fit", "cover", "--background", "#112233", "--out", out().toString(),
                square.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage png = read(out().resolve("01-red.png"));
        assertThat(png.getWidth() + "x" + png.getHeight()).isEqualTo("1280x720");
        int[] pixels = png.getRGB(0, 0, 1280, 720, null, 0, 1280);
        assertThat(Arrays.stream(pixels).map(p -> p & 0xFFFFFF).distinct().toArray()).containsExactly(CONTENT);
    }

    @Test
    void moreCapturesThanTheProfileTakesWriteNothing() throws Exception {
        List<String> args = new ArrayList<>(List.of("screenshots", "--out", out().toString()));
        for (int i = 1; i <= 6; i++) {
            args.add(capture("shot" + i + ".png", 128, 72).toString());
        }
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("6 captures", "at most 5", "nothing was written");
        assertThat(written()).isEmpty();
    }

    @Test
    void anUnreadableCaptureWritesNothingAndIsNamed() throws Exception {
        Path good = capture("good.png", 1280, 720);
        Path bad = Files.writeString(dir.resolve("notes.png"), "not an image");
        Run run = run("screenshots", "--out", out().toString(), good.toString(), bad.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("notes.png", "Nothing was written");
        assertThat(written()).isEmpty();

        Run missing = run("screenshots", "--out", out().toString(), dir.resolve("gone.png").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("gone.png");
        assertThat(written()).isEmpty();
    }

    /** screenshots and generate share one --profile/--out: the same options, help and messages, from one class. */
    @Test
    void profileAndOutAreGeneratesOwnOptions() throws Exception {
        picocli.CommandLine.Model.CommandSpec generate = new picocli.CommandLine(new GenerateCommand()).getCommandSpec();
        picocli.CommandLine.Model.CommandSpec screenshots = new picocli.CommandLine(new ScreenshotsCommand()).getCommandSpec();
        for (String name : List.of("--profile", "--out")) {
            var g = generate.findOption(name);
            var s = screenshots.findOption(name);
            assertThat(Arrays.asList(s.description())).as(name).isEqualTo(Arrays.asList(g.description()));
            assertThat(List.of(s.paramLabel(), s.required(), String.valueOf(s.defaultValue()))).as(name)
                    .isEqualTo(List.of(g.paramLabel(), g.required(), String.valueOf(g.defaultValue())));
        }
        for (var spec : List.of(generate, screenshots)) {
            assertThat(spec.mixins().values().stream().map(m -> m.userObject().getClass().getSimpleName()))
                    .as("one options class for both").contains("ProfileAndOut");
        }
        Path shot = capture("overview.png", 1280, 720);
        Run badGenerate = run("generate", "--profile", "nope", "--out", out().toString(), shot.toString());
        Run badScreenshots = run("screenshots", "--profile", "nope", "--out", out().toString(), shot.toString());
        assertThat(badScreenshots.exit()).isEqualTo(badGenerate.exit()).isEqualTo(2);
        assertThat(badScreenshots.err().replace("offerkit screenshots: ", ""))
                .isEqualTo(badGenerate.err().replace("offerkit generate: ", ""));
        Run noOutGenerate = run("generate", shot.toString());
        Run noOutScreenshots = run("screenshots", shot.toString());
        assertThat(noOutScreenshots.err().lines().findFirst()).isEqualTo(noOutGenerate.err().lines().findFirst());
        assertThat(written()).isEmpty();
    }

    @Test
    void anExistingTargetIsKeptUnlessReplace() throws Exception {
        Path shot = capture("overview.png", 1280, 720);
        Files.createDirectories(out());
        Path mine = Files.writeString(out().resolve("01-overview.png"), "the user's own file");
        Run refused = run("screenshots", "--out", out().toString(), shot.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains(mine.toString(), "already exists", "--replace");
        assertThat(Files.readString(mine)).isEqualTo("the user's own file");
        assertThat(written()).containsExactly("01-overview.png");

        Run replaced = run("screenshots", "--replace", "--out", out().toString(), shot.toString());
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(read(mine).getWidth()).isEqualTo(1280);
    }

    @Test
    void aBadBackgroundOrFitIsRefusedWithTheColourRule() throws Exception {
        Path shot = capture("overview.png", 1280, 720);
        Run colour = run("screenshots", "--background", "red", "--out", out().toString(), shot.toString());
        assertThat(colour.exit()).isEqualTo(2);
        assertThat(colour.err()).contains("--background must be transparent or a colour as #RRGGBB, not 'red'.");
        Run fit = run("screenshots", "--fit", "stretch", "--out", out().toString(), shot.toString());
        assertThat(fit.exit()).isEqualTo(2);
        assertThat(fit.err()).contains("--fit must be contain or cover, not 'stretch'.");
        assertThat(written()).isEmpty();
    }

    @Test
    void underAByteLimitThePaletteIsReducedAndSaidSo() throws Exception {
        BufferedImage noise = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(15);
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        Path capture = dir.resolve("noise.png");
        ImageIO.write(noise, "png", capture.toFile());
        Path target = dir.resolve("01-noise.png");
        ScreenshotMaker.Shot reduced = ScreenshotMaker.make(capture, limited(70_000), 1,
                SlotSettings.defaults(), target);
        assertThat(reduced.png().length).isLessThanOrEqualTo(70_000);
        assertThat(reduced.warnings()).singleElement().asString().contains(target.toString(), "palette was reduced");

        ScreenshotMaker.Shot over = ScreenshotMaker.make(capture, limited(1000), 1, SlotSettings.defaults(), target);
        assertThat(over.warnings()).singleElement().asString().contains("16 colours", "over the marketplace's limit");
        assertThat(ScreenshotMaker.make(capture, limited(null), 1, SlotSettings.defaults(), target).warnings()).isEmpty();
    }

    /** A small screenshot group (noise is slow to encode) with the given byte limit, as Teams sets one. */
    private static MediaGroup limited(Integer maxBytes) {
        return new MediaGroup("screenshots", "Screenshots", MediaKind.SCREENSHOT, 320, 180, List.of("png"), 0, 5,
                maxBytes, false, null, List.of(), null);
    }

    @Test
    void namesAreLowerCaseLettersDigitsAndDashes() {
        assertThat(ScreenshotFiles.slug(Path.of("My Screen_1.PNG"))).isEqualTo("my-screen-1");
        assertThat(ScreenshotFiles.slug(Path.of("dir/Übersicht (2).jpg"))).isEqualTo("ubersicht-2");
        assertThat(ScreenshotFiles.slug(Path.of("___.png"))).isEqualTo("screenshot");
        assertThat(ScreenshotFiles.of(Path.of("o"), List.of(Path.of("b.png"), Path.of("a.png"))))
                .containsExactly(Path.of("o/01-b.png"), Path.of("o/02-a.png"));
    }

    @Test
    void aScreenshotIsASlotOfItsGroup() throws Exception {
        MediaGroup group = ProfileRegistry.builtIn(ProfileRegistry.DEFAULT_PROFILE_ID)
                .mediaGroup(MediaKind.SCREENSHOT).orElseThrow();
        ImageSlot slot = group.slot(1);
        assertThat(slot).extracting(ImageSlot::id, ImageSlot::label, ImageSlot::width, ImageSlot::height,
                ImageSlot::format).containsExactly("screenshot-01", "Screenshot 1", 1280, 720, "png");
        assertThat(group.slot(5).id()).isEqualTo("screenshot-05");
        assertThatThrownBy(() -> group.slot(6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
