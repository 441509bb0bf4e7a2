package io.offerkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.bundle.Bundle;
import io.offerkit.bundle.BundleReader;
import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.cli.CliTest.Run;
import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.FormatCorpus;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.PngFiles;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.ProfileVariants;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.Screenshot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile input, made in code: a capture that declares 100000x100000, a truncated PNG, a JPEG with a
 * broken EXIF block, a caption of 1 MB and one with bidi controls and zero-width characters. Each gets a clear
 * message (a file argument: one line, exit 2), nothing is half-written, nothing is lost from the project.
 */
class HostileMediaInputTest {
    private static final Profile PROFILE = ProfileRegistry.builtIn().defaultProfile();
    private static final String INVISIBLE = "Plan\u200B routes \u202Efast\u202C";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private List<String> written() throws Exception {
        if (!Files.exists(out())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out())) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    private Path bomb() throws Exception {
        return Files.write(dir.resolve("huge.png"), PngFiles.headerOnly(100_000, 100_000));
    }

    private Path truncated() throws Exception {
        byte[] png = PngEncoder.encode(FormatCorpus.quadrants(1280, 720, new int[] {0xCC2200, 0x336699, 0xFFFFFF, 0}));
        return Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));
    }

    private Path brokenExif() throws Exception {
        byte[] jpeg = FormatCorpus.jpeg(FormatCorpus.quadrants(1280, 720, new int[] {0xCC2200, 0x336699, 0xFFFFFF, 0}));
        byte[] exif = "Exif\0\0MM\0*\u00ff\u00ff\u00ff\u00f0 broken".getBytes(StandardCharsets.ISO_8859_1);
        return Files.write(dir.resolve("phone.jpg"), FormatCorpus.withSegment(jpeg, 0xE1, exif));
    }

    private static void assertOneLineRefusal(Run run, String file) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(file).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aCaptureDeclaring100000x100000IsRefusedInOneLineBeforeAnythingIsWritten() throws Exception {
        Path good = FormatCorpusFiles.capture(dir, "good.png");
        Run run = CliTest.run("screenshots", "--out", out().toString(), good.toString(), bomb().toString());
        assertOneLineRefusal(run, "huge.png");
        assertThat(run.err()).contains("100000x100000");
        assertThat(written()).isEmpty();

        Run inspect = CliTest.run("inspect", bomb().toString());
        assertThat(inspect.exit()).isEqualTo(2);
        assertThat(inspect.out()).contains("cannot be used:", "100000x100000");
    }

    @Test
    void aTruncatedPngIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path good = FormatCorpusFiles.capture(dir, "good.png");
        Run run = CliTest.run("screenshots", "--out", out().toString(), good.toString(), truncated().toString());
        assertOneLineRefusal(run, "cut.png");
        assertThat(written()).isEmpty();
        assertThat(CliTest.run("inspect", truncated().toString()).exit()).isEqualTo(2);
    }

    /**
     * A damaged EXIF block costs only the orientation it would have given: the capture is used as stored, and one
     * warning line says so (a phone's photo may then come out sideways).
     */
    @Test
    void aJpegWithABrokenExifBlockIsMadeIntoAScreenshotAsStoredWithAWarning() throws Exception {
        Run run = CliTest.run("screenshots", "--out", out().toString(), brokenExif().toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err().lines()).containsExactly("offerkit screenshots: warning: " + dir.resolve("phone.jpg")
                + ": its EXIF block is damaged, so the orientation it may give was not applied and the image is used as"
                + " stored; if it looks sideways, turn it upright in an image editor.");
        assertThat(written()).containsExactly(out().resolve("01-phone.png").toString());
        BufferedImage shot = javax.imageio.ImageIO.read(out().resolve("01-phone.png").toFile());
        assertThat(shot.getWidth() + "x" + shot.getHeight()).isEqualTo("1280x720");
        Run inspect = CliTest.run("inspect", brokenExif().toString());
        assertThat(inspect.out()).contains("JPEG 1280x720", "no   screenshot: not really a PNG: the file is JPEG");
    }

    /** In a project, each hostile capture is named by its screenshot, and the export says which it could not make. */
    @Test
    void inAProjectEachHostileCaptureIsNamedByCheckAndExport() throws Exception {
        Project demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        Path file = dir.resolve("demo/" + DemoProject.FILE_NAME);
        List<Screenshot> shots = List.of(Screenshot.of(bomb().toString()).withCaption("Bomb"),
                Screenshot.of(truncated().toString()).withCaption("Cut"),
                Screenshot.of(brokenExif().toString()).withCaption("Phone"));
        Project hostile = demo.withMedia(demo.media().withScreenshots(shots));
        ProjectFiles.write(hostile, file);

        Run check = CliTest.run("check", file.toString());
        assertThat(check.out()).containsPattern("screenshots-size +Screenshot 1: huge.png could not be read: .*100000x100000")
                .contains("1 more screenshot has a problem too.");
        Bundle bundle = BundleReader.read(Exporter.export(PROFILE, hostile, LogoSetRenderer.render(PROFILE, hostile.logo()),
                "test", dir.resolve("hostile.zip"), ExportProgress.NONE));
        JsonNode media = Json.mapper().readTree(bundle.file("offer.json")).path("media").path("screenshots");
        assertThat(media.get(0).path("problem").asText()).startsWith("Screenshot 1 could not be made from huge.png");
        assertThat(media.get(1).path("problem").asText()).startsWith("Screenshot 2 could not be made from cut.png");
        assertThat(media.get(2).path("file").asText()).isEqualTo("screenshots/03-phone.png");
        assertThat(ProjectFiles.read(file).media().screenshots()).extracting(Screenshot::caption)
                .containsExactly("Bomb", "Cut", "Phone");
    }

    @Test
    void aCaptionOf1MbIsKeptAsTypedAndFlaggedWhereTheMarketplaceLimitsIt() throws Exception {
        Project demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        Path file = dir.resolve("demo/" + DemoProject.FILE_NAME);
        String huge = "Route planning ".repeat(70_000).substring(0, 1 << 20);
        List<Screenshot> shots = demo.media().screenshots();
        Project project = demo.withMedia(demo.media().withScreenshots(List.of(shots.get(0).withCaption(huge),
                shots.get(1), shots.get(2))));
        ProjectFiles.write(project, file);
        assertThat(ProjectFiles.read(file).media().screenshots().get(0).caption()).isEqualTo(huge);

        Run check = CliTest.run("check", file.toString());
        assertThat(check.out().lines()).as("no line repeats the caption").allMatch(l -> l.length() < 1000);
        Profile limited = ProfileVariants.screenshotCaptionsUpTo(PROFILE, 100);
        CheckResult caption = result(CheckEngine.evaluate(limited, project, LogoSetRenderer.render(limited, project.logo())),
                "screenshots-captions");
        assertThat(caption.state()).isEqualTo(CheckState.FAIL);
        assertThat(caption.message()).isEqualTo("Screenshot 1's caption has 1048576 characters; at most 100.");
        assertThat(caption.location()).isEqualTo("media:screenshot-01");

        Bundle bundle = BundleReader.read(Exporter.export(PROFILE, project, LogoSetRenderer.render(PROFILE, project.logo()),
                "test", dir.resolve("long.zip"), ExportProgress.NONE));
        JsonNode first = Json.mapper().readTree(bundle.file("offer.json")).path("media").path("screenshots").get(0);
        assertThat(first.path("caption").asText()).isEqualTo(huge);
        assertThat(first.path("file").asText()).matches("screenshots/01-[a-z0-9-]{1,60}\\.png");
    }

    @Test
    void aCaptionWithBidiAndZeroWidthCharactersIsKeptAndFlaggedAsTextFieldsAre() throws Exception {
        Project demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        Path file = dir.resolve("demo/" + DemoProject.FILE_NAME);
        List<Screenshot> shots = demo.media().screenshots();
        Project project = demo.withMedia(demo.media().withScreenshots(List.of(shots.get(0),
                shots.get(1).withCaption(INVISIBLE), shots.get(2))));
        ProjectFiles.write(project, file);
        assertThat(ProjectFiles.read(file).media().screenshots().get(1).caption()).isEqualTo(INVISIBLE);

        CheckResult caption = result(CheckEngine.evaluate(PROFILE, project, LogoSetRenderer.render(PROFILE, project.logo())),
                "screenshots-captions");
        // The same words the invisible-characters lint gives a text field.
        assertThat(caption.message()).isEqualTo("Screenshot 2's caption: Invisible character U+200B (zero-width"
                + " space) at position 5; delete it.");
        assertThat(caption.state()).isNotEqualTo(CheckState.PASS);
        assertThat(caption.location()).isEqualTo("media:screenshot-02");
        Run check = CliTest.run("check", "--format", "json", file.toString());
        JsonNode item = null;
        for (JsonNode i : Json.mapper().readTree(check.out()).get("items")) {
            item = i.get("id").asText().equals("screenshots-captions") ? i : item;
        }
        assertThat(item.get("screenshot").asInt()).isEqualTo(2);

        Bundle bundle = BundleReader.read(Exporter.export(PROFILE, project, LogoSetRenderer.render(PROFILE, project.logo()),
                "test", dir.resolve("bidi.zip"), ExportProgress.NONE));
        JsonNode second = Json.mapper().readTree(bundle.file("offer.json")).path("media").path("screenshots").get(1);
        assertThat(second.path("caption").asText()).isEqualTo(INVISIBLE);
        assertThat(second.path("file").asText()).isEqualTo("screenshots/02-plan-routes-fast.png");
    }

    private static CheckResult result(CheckReport report, String id) {
        return report.results().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow();
    }

    /** A plain capture file of the screenshot size. */
    private static final class FormatCorpusFiles {
        static Path capture(Path dir, String name) throws Exception {
            return Files.write(dir.resolve(name),
                    PngEncoder.encode(FormatCorpus.quadrants(1280, 720, new int[] {0xCC2200, 0x336699, 0xFFFFFF, 0})));
        }
    }
}
