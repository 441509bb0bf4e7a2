package io.offerkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.bundle.Bundle;
import io.offerkit.bundle.BundleReader;
import io.offerkit.bundle.BundleVerifier;
import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import io.offerkit.project.VideoAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's screenshots and video: made in code, at the sizes real captures come in, and passing their checks. */
class DemoMediaTest {
    @TempDir
    static Path dir;
    static Path folder;
    static Project demo;
    static Profile profile;

    @BeforeAll
    static void writeDemo() throws Exception {
        folder = dir.resolve("demo");
        demo = ProjectFiles.read(DemoProject.write(folder));
        profile = ProfileRegistry.builtIn().get(demo.profileId());
    }

    private static ImageFacts facts(String file) throws Exception {
        return ImageDecoder.read(Path.of(file)).facts();
    }

    @Test
    void threeCapturedScreenshotsOfVariedSizesEachWithACaption() throws Exception {
        List<Screenshot> shots = demo.media().screenshots();
        assertThat(shots).hasSize(3);
        assertThat(shots).allSatisfy(s -> assertThat(s.caption()).isNotBlank());
        List<String> sizes = shots.stream().map(s -> {
            try {
                ImageFacts f = facts(s.source());
                assertThat(f.format()).isEqualTo("PNG");
                return f.width() + "x" + f.height();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        // a capture larger than 1280x720 of another shape (cropped to 16:9), one exact, one from a HiDPI screen
        assertThat(sizes).containsExactly("1920x1200", "1280x720", "2560x1440");
        assertThat(shots.get(0).framing().crop()).isNotNull();
    }

    @Test
    void oneScreenshotRedactsTheEmailAddressItShows() throws Exception {
        List<Screenshot> redacted = demo.media().screenshots().stream().filter(s -> !s.redactions().isEmpty()).toList();
        assertThat(redacted).hasSize(1);
        Redaction r = redacted.get(0).redactions().get(0);
        SourceImage capture = ImageDecoder.read(Path.of(redacted.get(0).source()));
        // Under the rectangle there is text (dark pixels on the light row), so it covers what it says it covers.
        long dark = 0;
        for (int y = r.y(); y < r.y() + r.height(); y++) {
            for (int x = r.x(); x < r.x() + r.width(); x++) {
                int rgb = capture.pixels().getRGB(x, y);
                if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 3 * 110) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("text pixels under the redaction").isGreaterThan(100);
    }

    @Test
    void oneVideoWithAYouTubeAddressAndA1280x720Thumbnail() throws Exception {
        List<Video> videos = demo.media().videos();
        assertThat(videos).hasSize(1);
        assertThat(videos.get(0).name()).isNotBlank();
        assertThat(VideoAddress.parse(videos.get(0).address()).address()).get()
                .extracting(VideoAddress::host).isEqualTo(VideoAddress.Host.YOUTUBE);
        ImageFacts thumb = facts(videos.get(0).thumbnail());
        assertThat(thumb.format() + " " + thumb.width() + "x" + thumb.height()).isEqualTo("PNG 1280x720");
    }

    @Test
    void theDemoPassesEveryMediaItemOfItsProfile() {
        CheckReport report = CheckEngine.evaluate(profile, demo, LogoSetRenderer.render(profile, demo.logo()));
        var media = report.results().stream().filter(r -> r.item().field() != null
                && r.item().field().startsWith("media:")).toList();
        assertThat(media).hasSizeGreaterThanOrEqualTo(7);
        assertThat(media).allSatisfy(r -> assertThat(r.state()).as(r.item().id() + ": " + r.message())
                .isEqualTo(CheckState.PASS));
    }

    @Test
    void everyFileTheDemoWritesIsListed() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            // All but D365's supplemental PDF, which only the demo made for that offer type has (DemoProfilesTest).
            assertThat(files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(DemoProject.FILES.stream()
                            .filter(f -> !f.equals("legal/key-usage-scenarios.pdf")).toList());
        }
    }

    @Test
    void theExportedBundleHoldsTheScreenshotsAndTheThumbnailAndVerifies() throws Exception {
        Path zip = Exporter.export(profile, demo, LogoSetRenderer.render(profile, demo.logo()), "test",
                dir.resolve("demo.zip"), ExportProgress.NONE);
        Bundle bundle = BundleReader.read(zip);
        List<String> shots = bundle.files().keySet().stream().filter(p -> p.startsWith("screenshots/")).sorted().toList();
        assertThat(shots).hasSize(3).allMatch(p -> p.matches("screenshots/0[1-3]-[a-z0-9]+(-[a-z0-9]+)*\\.png"));
        assertThat(bundle.files().keySet()).anyMatch(p -> p.matches("videos/01-[a-z0-9-]+-thumbnail\\.png"));
        BundleVerifier.Verification verification = BundleVerifier.verify(bundle, ProfileRegistry.builtIn());
        assertThat(verification.fileProblems()).isEmpty();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.checks().results()).filteredOn(r -> r.item().field() != null
                && r.item().field().startsWith("media:")).allSatisfy(r -> assertThat(r.state()).isEqualTo(CheckState.PASS));
    }
}
