package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import io.offerkit.text.lint.LintSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist items of screenshots and videos, in both built-in profiles, as the user sees their results. */
class MediaRulesTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final Profile CPP = PROFILES.defaultProfile();
    private static final Profile PARTNER_CENTER = PROFILES.find("partner-center-d365").orElseThrow();
    private static final String YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    @TempDir
    Path dir;

    private final Map<String, ImageFacts> facts = new HashMap<>();

    /** A screenshot of a capture of the given size (known to the rules by its facts, not decoded). */
    private Screenshot shot(String name, int width, int height, String caption) {
        String path = dir.resolve(name).toString();
        facts.put(path, new ImageFacts("PNG", width, height, "RGB", 8, false, false, null, 1000));
        return Screenshot.of(path).withCaption(caption);
    }

    private static Project with(List<Screenshot> shots, List<Video> videos) {
        return Project.empty("partner-center-d365").withMedia(new Media(shots, videos));
    }

    private CheckResult result(Profile profile, Project project, String itemId) {
        CheckReport report = CheckEngine.evaluate(profile, project, LogoSet.empty(), null, LintSettings.defaults(),
                MediaFacts.of(facts));
        return report.results().stream().filter(r -> r.item().id().equals(itemId)).findFirst()
                .orElseThrow(() -> new AssertionError(profile.id() + " has no checklist item " + itemId));
    }

    @Test
    void tooFewScreenshotsFailWhereTheProfileNeedsOne() {
        CheckResult none = result(PARTNER_CENTER, with(List.of(), List.of()), "screenshots-count");
        assertThat(none.state()).isEqualTo(CheckState.FAIL);
        assertThat(none.message()).isEqualTo("Screenshots: 0 added; the marketplace needs at least 1. Add 1 more.");
        assertThat(none.location()).isEqualTo("media:screenshots");
        assertThat(result(CPP, with(List.of(), List.of()), "screenshots-count").state()).isEqualTo(CheckState.PASS);
        assertThat(result(PARTNER_CENTER, with(List.of(shot("a.png", 1280, 720, "A")), List.of()),
                "screenshots-count").state()).isEqualTo(CheckState.PASS);
    }

    @Test
    void tooManyScreenshotsFailAndLeadToTheFirstOneTooMany() {
        List<Screenshot> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(shot(i + ".png", 1280, 720, "Caption " + i));
        }
        for (Profile profile : List.of(CPP, PARTNER_CENTER)) {
            CheckResult result = result(profile, with(six, List.of()), "screenshots-count");
            assertThat(result.state()).isEqualTo(CheckState.FAIL);
            assertThat(result.message()).contains("6 added; the marketplace takes at most 5. Remove 1.");
            assertThat(result.location()).isEqualTo("media:screenshot-06");
        }
    }

    @Test
    void tooManyVideosFail() {
        Video video = new Video("Tour", YOUTUBE, dir.resolve("t.png").toString(), null);
        CheckResult result = result(PARTNER_CENTER, with(List.of(), List.of(video, video, video, video, video)),
                "videos-count");
        assertThat(result.state()).isEqualTo(CheckState.FAIL);
        assertThat(result.location()).isEqualTo("media:video-05");
    }

    @Test
    void aMissingCaptionFailsWhereTheProfileAsksForOneAndLeadsToItsScreenshot() {
        Project project = with(List.of(shot("a.png", 1280, 720, "Pipeline"), shot("b.png", 1280, 720, " \u200B"),
                shot("c.png", 1280, 720, "")), List.of());
        CheckResult result = result(PARTNER_CENTER, project, "screenshots-captions");
        assertThat(result.state()).isEqualTo(CheckState.FAIL);
        // Blanks and a zero-width space are no caption: nothing of it would show.
        assertThat(result.message()).isEqualTo("Screenshot 2 has no caption; the marketplace asks for one under each"
                + " screenshot. 1 more screenshot has a problem too.");
        assertThat(result.location()).isEqualTo("media:screenshot-02");
        assertThat(result(CPP, project, "screenshots-captions").state()).isEqualTo(CheckState.PASS);
    }

    /** The profile with its screenshots' captions limited to {@code max} characters. */
    private static Profile withCaptionLimit(Profile p, int max) {
        return io.offerkit.profile.ProfileVariants.screenshotCaptionsUpTo(p, max);
    }

    @Test
    void aCaptionTooLongFailsCountedInCharactersNotUtf16Units() {
        // The profiles name no caption length for screenshots; a video's name is its caption, limited by the group.
        Profile limited = withCaptionLimit(PARTNER_CENTER, 10);
        String tenEmoji = "\uD83D\uDC4D".repeat(10);
        assertThat(result(limited, with(List.of(shot("a.png", 1280, 720, tenEmoji)), List.of()),
                "screenshots-captions").state()).isEqualTo(CheckState.PASS);
        CheckResult over = result(limited, with(List.of(shot("a.png", 1280, 720, tenEmoji + "!")), List.of()),
                "screenshots-captions");
        assertThat(over.state()).isEqualTo(CheckState.FAIL);
        assertThat(over.message()).isEqualTo("Screenshot 1's caption has 11 characters; at most 10.");
    }

    @Test
    void aCaptureSmallerThanTheTargetIsUpscaledAndSaidToLookBlurry() {
        Project project = with(List.of(shot("a.png", 1920, 1080, "Big"), shot("small.png", 1024, 576, "Small")),
                List.of());
        CheckResult result = result(PARTNER_CENTER, project, "screenshots-size");
        assertThat(result.state()).isEqualTo(CheckState.WARN);
        assertThat(result.message()).isEqualTo("Screenshot 2: the capture (1024x576) is smaller than 1280x720, so it is"
                + " upscaled and will look blurry; the marketplace rejects blurry images. Use a larger capture.");
        assertThat(result.location()).isEqualTo("media:screenshot-02");
    }

    @Test
    void aCropSmallerThanTheTargetIsUpscaledEvenFromABigCapture() {
        Screenshot cropped = shot("a.png", 3840, 2160, "Zoomed")
                .withFraming(Framing.defaults().withCrop(new Crop(100, 100, 640, 360)));
        CheckResult result = result(CPP, with(List.of(cropped), List.of()), "screenshots-size");
        assertThat(result.state()).isEqualTo(CheckState.WARN);
        assertThat(result.message()).startsWith("Screenshot 1: the crop (640x360) is smaller than 1280x720");
    }

    @Test
    void aBigAspectMismatchSaysWhatContainAddsAndWhatCoverCuts() {
        Screenshot square = shot("sq.png", 2000, 2000, "Square");
        CheckResult contain = result(PARTNER_CENTER, with(List.of(square), List.of()), "screenshots-size");
        assertThat(contain.state()).isEqualTo(CheckState.WARN);
        assertThat(contain.message()).isEqualTo("Screenshot 1: the capture (2000x2000) is far from 1280x720's shape, so"
                + " contain adds bands of 44 % of the image. Crop it, or use a capture of that shape.");
        CheckResult cover = result(PARTNER_CENTER, with(List.of(square.withFraming(Framing.defaults()
                .withFit(Fit.COVER))), List.of()), "screenshots-size");
        assertThat(cover.message()).contains("so cover cuts away 44 % of it.");
        // Within 10 % of 16:9 (a 1920x1200 capture is 10 % off: 16:10) is fine.
        assertThat(result(PARTNER_CENTER, with(List.of(shot("w.png", 1920, 1200, "Wide")), List.of()),
                "screenshots-size").state()).isEqualTo(CheckState.PASS);
    }

    @Test
    void anUnreadableCaptureIsNamedWithWhy(@TempDir Path other) throws Exception {
        Path broken = java.nio.file.Files.writeString(other.resolve("broken.png"), "not a png");
        BufferedImage small = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Path smallFile = other.resolve("small.png");
        ImageIO.write(small, "png", smallFile.toFile());
        Project project = with(List.of(Screenshot.of(broken.toString()), Screenshot.of(smallFile.toString())),
                List.of());
        // Without facts given, the files are read from disk.
        CheckReport report = CheckEngine.evaluate(CPP, project, LogoSet.empty());
        CheckResult result = report.results().stream().filter(r -> r.item().id().equals("screenshots-size"))
                .findFirst().orElseThrow();
        // The export cannot make a screenshot of a capture it cannot read: that fails, though the size item of this
        // profile only warns (of an upscale), so "ready" and the export's draft question agree with the bundle.
        assertThat(result.state()).isEqualTo(CheckState.FAIL);
        assertThat(result.message()).startsWith("Screenshot 1: broken.png could not be read")
                .endsWith("1 more screenshot has a problem too.");
        assertThat(result.location()).isEqualTo("media:screenshot-01");
    }

    @Test
    void aVideoAddressTheMarketplaceRefusesFailsWithItsReason() {
        Path thumb = dir.resolve("t.png");
        for (String refused : List.of("http://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ",
                "https://example.com/video", "")) {
            Video video = new Video("Tour", refused, thumb.toString(), null);
            CheckResult result = result(PARTNER_CENTER, with(List.of(), List.of(video)), "videos-address");
            assertThat(result.state()).as(refused).isEqualTo(CheckState.FAIL);
            assertThat(result.message()).as(refused).isEqualTo("Video 1 (Tour): "
                    + io.offerkit.project.VideoAddress.parse(refused).problem());
            assertThat(result.location()).isEqualTo("media:video-01");
        }
        for (String taken : List.of(YOUTUBE, "https://vimeo.com/76979871")) {
            Video video = new Video("Tour", taken, thumb.toString(), null);
            assertThat(result(CPP, with(List.of(), List.of(video)), "videos-address").state()).as(taken)
                    .isEqualTo(CheckState.PASS);
        }
    }

    @Test
    void aVideoWithoutAThumbnailOrNameFails() {
        Video bare = new Video("", YOUTUBE, null, null);
        CheckResult thumbnail = result(PARTNER_CENTER, with(List.of(), List.of(bare)), "videos-thumbnail");
        assertThat(thumbnail.state()).isEqualTo(CheckState.FAIL);
        assertThat(thumbnail.message()).isEqualTo("Video 1 has no thumbnail: add an image for its 1280x720 PNG"
                + " thumbnail, without a play icon (the store adds one).");
        CheckResult name = result(PARTNER_CENTER, with(List.of(), List.of(bare)), "videos-captions");
        assertThat(name.state()).isEqualTo(CheckState.FAIL);
        assertThat(name.message()).isEqualTo("Video 1 has no name; the marketplace asks for one for each video.");
    }

    @Test
    void withoutMediaOnlyTheRequiredScreenshotFails() {
        for (Profile profile : List.of(CPP, PARTNER_CENTER)) {
            CheckReport report = CheckEngine.evaluate(profile, with(List.of(), List.of()), LogoSet.empty());
            assertThat(report.results()).filteredOn(r -> r.item().rule() != null && (r.item().rule().startsWith("media")
                    || r.item().rule().startsWith("video")) && r.state() != CheckState.PASS)
                    .extracting(r -> r.item().id())
                    .containsExactlyElementsOf(profile == CPP ? List.of() : List.of("screenshots-count"));
        }
    }
}
