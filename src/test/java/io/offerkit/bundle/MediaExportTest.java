package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.render.Redactions;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screenshots and video thumbnails in the bundle: rendered from the full capture into the group's exact size, named
 * NN-slug in project order, listed in offer.json with their hashes, shown in report.html and re-checked by verify.
 */
class MediaExportTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final Profile PROFILE = PROFILES.defaultProfile();
    private static final MediaGroup SHOTS = PROFILE.mediaGroup(MediaKind.SCREENSHOT).orElseThrow();

    @TempDir
    Path dir;
    Project demo;
    Project withMedia;

    @BeforeEach
    void writeProject() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        Path first = capture("Start Screen.png", 1600, 900, Color.BLUE);
        Path second = capture("route_map.png", 2000, 1000, Color.GREEN);
        Path thumb = capture("thumb.png", 1280, 720, Color.ORANGE);
        Screenshot one = new Screenshot(first.toString(), "Plan a route in seconds", Framing.defaults(),
                List.of(new Redaction(100, 100, 300, 80, Redaction.Style.FILL)));
        Screenshot two = new Screenshot(second.toString(), "Übersicht: live traffic!", Framing.defaults(), List.of());
        Video video = new Video("Product tour", " https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42 ", thumb.toString(), Framing.defaults());
        withMedia = demo.withMedia(new Media(List.of(one, two), List.of(video)));
    }

    private Path capture(String name, int width, int height, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(colour);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.setColor(Color.BLACK);
        g.drawString("secret@contoso.com", 110, 140);
        g.dispose();
        Path file = dir.resolve(name);
        Files.write(file, PngEncoder.encode(image));
        return file;
    }

    private Path export(Project project, String target) throws BundleException {
        return Exporter.export(PROFILE, project, LogoSetRenderer.render(PROFILE, project.logo()), "test",
                dir.resolve(target), ExportProgress.NONE);
    }

    @Test
    void screenshotsAndThumbnailsAreRenderedIntoTheGroupsSizeUnderTheirNames() throws Exception {
        Bundle bundle = BundleReader.read(export(withMedia, "media.zip"));
        assertThat(bundle.files().keySet()).contains("screenshots/01-plan-a-route-in-seconds.png",
                "screenshots/02-ubersicht-live-traffic.png", "videos/01-product-tour-thumbnail.png");
        for (String path : List.of("screenshots/01-plan-a-route-in-seconds.png", "videos/01-product-tour-thumbnail.png")) {
            SourceImage image = ImageDecoder.read(bundle.file(path), path);
            assertThat(image.facts().format()).isEqualTo("PNG");
            assertThat(image.width()).as(path).isEqualTo(SHOTS.width());
            assertThat(image.height()).as(path).isEqualTo(SHOTS.height());
        }
        // The redaction is burnt in: the capture's white around the text is the fill there, scaled 1600 -> 1280.
        SourceImage first = ImageDecoder.read(bundle.file("screenshots/01-plan-a-route-in-seconds.png"), "first");
        assertThat(first.pixels().getRGB(150, 100)).isEqualTo(Redactions.FILL);
        assertThat(first.pixels().getRGB(20, 20) | 0xFF000000).isEqualTo(0xFFFFFFFF);
        // The captures go into sources/ so the bundle's project reopens with them.
        assertThat(bundle.files().keySet()).contains("sources/start-screen.png", "sources/route_map.png", "sources/thumb.png");
    }

    @Test
    void offerJsonListsTheMediaInOrderWithCaptionsAddressesAndHashes() throws Exception {
        Bundle bundle = BundleReader.read(export(withMedia, "media.zip"));
        JsonNode media = Json.mapper().readTree(bundle.file("offer.json")).path("media");
        JsonNode shots = media.path("screenshots");
        assertThat(shots).hasSize(2);
        assertThat(shots.get(0).path("file").asText()).isEqualTo("screenshots/01-plan-a-route-in-seconds.png");
        assertThat(shots.get(0).path("caption").asText()).isEqualTo("Plan a route in seconds");
        assertThat(shots.get(1).path("caption").asText()).isEqualTo("Übersicht: live traffic!");
        for (JsonNode shot : shots) {
            assertThat(shot.path("sha256").asText()).isEqualTo(Digests.sha256(bundle.file(shot.path("file").asText())));
        }
        JsonNode video = media.path("videos").get(0);
        assertThat(video.path("name").asText()).isEqualTo("Product tour");
        assertThat(video.path("address").asText()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(video.path("thumbnail").asText()).isEqualTo("videos/01-product-tour-thumbnail.png");
        assertThat(video.path("sha256").asText()).isEqualTo(Digests.sha256(bundle.file("videos/01-product-tour-thumbnail.png")));
    }

    @Test
    void anAddressThatIsNotValidIsListedAsTyped() throws Exception {
        Video typed = withMedia.media().videos().get(0).withAddress("www.example.com/tour");
        Project project = withMedia.withMedia(withMedia.media().withVideos(List.of(typed)));
        JsonNode offer = Json.mapper().readTree(BundleReader.read(export(project, "typed.zip")).file("offer.json"));
        assertThat(offer.path("media").path("videos").get(0).path("address").asText()).isEqualTo("www.example.com/tour");
    }

    @Test
    void theSameProjectWithMediaExportsByteIdenticalZipsAndReopensToTheSameBytes() throws Exception {
        Path first = export(withMedia, "a.zip");
        Path second = export(withMedia, "b.zip");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Path opened = dir.resolve("opened");
        BundleReader.extract(BundleReader.read(first), opened);
        Path again = export(ProjectFiles.read(opened.resolve("contoso-route-planner.offerkit")), "again.zip");
        assertThat(Digests.sha256(Files.readAllBytes(again))).isEqualTo(Digests.sha256(Files.readAllBytes(first)));
    }

    @Test
    void reportShowsEachScreenshotAndThumbnailWithItsCaption() throws Exception {
        Bundle bundle = BundleReader.read(export(withMedia, "media.zip"));
        var report = Jsoup.parse(new String(bundle.file("report.html"), java.nio.charset.StandardCharsets.UTF_8));
        List<String> sources = new ArrayList<>();
        report.select(".media img").forEach(img -> sources.add(img.attr("src")));
        assertThat(sources).containsExactly("screenshots/01-plan-a-route-in-seconds.png",
                "screenshots/02-ubersicht-live-traffic.png", "videos/01-product-tour-thumbnail.png");
        assertThat(report.select(".media figcaption").eachText()).anyMatch(t -> t.contains("Übersicht: live traffic!"))
                .anyMatch(t -> t.contains("Product tour"));
    }

    @Test
    void verifyCatchesAChangedScreenshot() throws Exception {
        Bundle bundle = BundleReader.read(export(withMedia, "media.zip"));
        assertThat(BundleVerifier.verify(bundle, PROFILES).fileProblems()).isEmpty();
        var files = new java.util.TreeMap<>(bundle.files());
        BufferedImage small = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        files.put("screenshots/02-ubersicht-live-traffic.png", PngEncoder.encode(small));
        assertThat(BundleVerifier.verify(Bundle.of(files), PROFILES).fileProblems())
                .anyMatch(p -> p.contains("screenshots/02-ubersicht-live-traffic.png") && p.contains("SHA-256"))
                .anyMatch(p -> p.contains("screenshots/02-ubersicht-live-traffic.png") && p.contains("1280x720"))
                .filteredOn(p -> p.contains("SHA-256")).hasSize(1);
    }

    /** It used to stop the export; like an unreadable logo it now gives a draft that names it (issue 15). */
    @Test
    void anUnreadableCaptureGivesADraftNamingItInsteadOfStoppingTheExport() throws Exception {
        Path broken = dir.resolve("broken.png");
        Files.writeString(broken, "not a picture");
        Screenshot bad = Screenshot.of(broken.toString()).withCaption("Broken");
        Project project = withMedia.withMedia(withMedia.media().withScreenshots(List.of(bad)));
        Bundle bundle = BundleReader.read(export(project, "bad.zip"));
        JsonNode offer = Json.mapper().readTree(bundle.file("offer.json"));
        assertThat(offer.path("draft").asBoolean()).isTrue();
        assertThat(offer.path("media").path("screenshots").get(0).path("problem").asText())
                .contains("Screenshot 1", "broken.png");
        assertThat(bundle.files().keySet()).noneMatch(p -> p.startsWith("screenshots/")).contains("sources/broken.png");
    }

    @Test
    void eachImageIsAStepOfTheExportAndCancellingThereWritesNothing() throws Exception {
        List<String> steps = new ArrayList<>();
        ExportProgress cancelAtTheSecondScreenshot = new ExportProgress() {
            @Override
            public void step(int done, int total, String what) {
                steps.add(done + "/" + total + " " + what);
            }

            @Override
            public boolean cancelled() {
                return steps.stream().anyMatch(s -> s.endsWith("Rendering Screenshot 2"));
            }
        };
        assertThatThrownBy(() -> Exporter.export(PROFILE, withMedia, LogoSetRenderer.render(PROFILE, withMedia.logo()),
                "test", dir.resolve("cancelled.zip"), cancelAtTheSecondScreenshot))
                .isInstanceOf(BundleException.class).hasMessageContaining("cancelled");
        assertThat(steps).contains("4/12 Rendering Screenshot 1", "5/12 Rendering Screenshot 2")
                .noneMatch(s -> s.contains("Video 1"));
        assertThat(dir.resolve("cancelled.zip")).doesNotExist();
    }

    /** As an unreadable logo does: the export goes on as a draft that says what is missing and why; nothing is lost. */
    @Test
    void aMissingCaptureOrUnreadableThumbnailGivesADraftThatSaysWhichAndWhy() throws Exception {
        Files.delete(Path.of(withMedia.media().screenshots().get(1).source()));
        byte[] notAnImage = "not an image".getBytes(StandardCharsets.UTF_8);
        Files.write(Path.of(withMedia.media().videos().get(0).thumbnail()), notAnImage);

        Bundle bundle = BundleReader.read(export(withMedia, "draft.zip"));

        assertThat(bundle.files().keySet()).contains("screenshots/01-plan-a-route-in-seconds.png")
                .noneMatch(p -> p.startsWith("screenshots/02-") || p.startsWith("videos/"));
        JsonNode offer = Json.mapper().readTree(bundle.file("offer.json"));
        assertThat(offer.path("draft").asBoolean()).isTrue();
        assertThat(offer.path("ready").asBoolean()).isFalse();
        JsonNode second = offer.path("media").path("screenshots").get(1);
        assertThat(second.path("file").isNull()).isTrue();
        assertThat(second.path("caption").asText()).isEqualTo("Übersicht: live traffic!");
        assertThat(second.path("problem").asText()).startsWith("Screenshot 2 could not be made from route_map.png:")
                .contains("does not exist");
        JsonNode video = offer.path("media").path("videos").get(0);
        assertThat(video.path("thumbnail").isNull()).isTrue();
        assertThat(video.path("problem").asText()).startsWith("Video 1 thumbnail could not be made from thumb.png:");
        String report = new String(bundle.file("report.html"), StandardCharsets.UTF_8);
        assertThat(report).contains("DRAFT", "Screenshot 2 could not be made from route_map.png",
                "Video 1 thumbnail could not be made from thumb.png");
        // Nothing lost: the unreadable thumbnail's bytes travel as they are, the caption stays in the project.
        assertThat(bundle.file("sources/thumb.png")).isEqualTo(notAnImage);
        Path opened = dir.resolve("opened");
        BundleReader.extract(bundle, opened);
        Project reopened = ProjectFiles.read(opened.resolve("contoso-route-planner.offerkit"));
        assertThat(reopened.media().screenshots()).extracting(Screenshot::caption)
                .containsExactly("Plan a route in seconds", "Übersicht: live traffic!");

        BundleVerifier.Verification verification = BundleVerifier.verify(bundle, PROFILES);
        assertThat(verification.fileProblems()).isEmpty();
        assertThat(verification.draft()).isTrue();
        assertThat(verification.mediaMissing()).containsExactly(second.path("problem").asText(),
                video.path("problem").asText());
        assertThat(verification.valid()).isFalse();
    }

    @Test
    void aProjectWithoutMediaHasNoMediaInItsBundle() throws Exception {
        // The demo has media of its own: without it, it is a project like those written before media existed.
        Bundle bundle = BundleReader.read(export(demo.withMedia(Media.empty()), "plain.zip"));
        assertThat(bundle.files().keySet()).noneMatch(p -> p.startsWith("screenshots/") || p.startsWith("videos/"));
        assertThat(Json.mapper().readTree(bundle.file("offer.json")).has("media")).isFalse();
    }
}
