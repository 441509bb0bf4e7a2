package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One entry's warnings are the checklist rules' own words about that entry. */
class MediaWarningsTest {
    private static final Profile PARTNER_CENTER = ProfileRegistry.builtIn().find("partner-center-d365").orElseThrow();

    private final Map<String, ImageFacts> facts = new HashMap<>();

    private Screenshot shot(String path, int width, int height, String caption) {
        facts.put(path, new ImageFacts("PNG", width, height, "RGB", 8, false, false, null, 1000));
        return Screenshot.of(path).withCaption(caption);
    }

    private List<String> warnings(List<Screenshot> shots, List<Video> videos, MediaKind kind, int index) {
        Project project = Project.empty(PARTNER_CENTER.id()).withMedia(new Media(shots, videos));
        return MediaWarnings.of(PARTNER_CENTER, project, kind, index, MediaFacts.of(facts));
    }

    @Test
    void aSmallCaptureIsUpscaledAndAMissingCaptionIsSaid() {
        List<String> said = warnings(List.of(shot("/c/good.png", 1280, 720, "Fine"), shot("/c/small.png", 640, 360, "")),
                List.of(), MediaKind.SCREENSHOT, 2);
        assertThat(said).containsExactly(
                "Screenshot 2 has no caption; the marketplace asks for one under each screenshot.",
                "Screenshot 2: the capture (640x360) is smaller than 1280x720, so it is upscaled and will look blurry;"
                        + " the marketplace rejects blurry images. Use a larger capture.");
        assertThat(warnings(List.of(shot("/c/good.png", 1280, 720, "Fine")), List.of(), MediaKind.SCREENSHOT, 1))
                .isEmpty();
    }

    @Test
    void aFarShapeIsAnAdvisoryAndTooManyNamesTheCount() {
        List<Screenshot> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(shot("/c/" + i + ".png", i == 6 ? 2000 : 1280, 720 * (i == 6 ? 2 : 1), "C" + i));
        }
        assertThat(warnings(six, List.of(), MediaKind.SCREENSHOT, 6)).containsExactly(
                "Screenshot 6: the capture (2000x1440) is far from 1280x720's shape, so contain adds bands of 22 % of"
                        + " the image. Crop it, or use a capture of that shape.",
                "Screenshots: 6 added; the marketplace takes at most 5. Remove 1.");
    }

    @Test
    void aVideoWithAShortLinkAndNoThumbnailHearsBoth() {
        List<String> said = warnings(List.of(shot("/c/a.png", 1280, 720, "A")),
                List.of(new Video("Tour", "https://youtu.be/dQw4w9WgXcQ", null, null)), MediaKind.VIDEO, 1);
        assertThat(said).containsExactly(
                "Video 1 (Tour): youtu.be is a short link, which Partner Center does not take: use the full address,"
                        + " https://www.youtube.com/watch?v=dQw4w9WgXcQ.",
                "Video 1 (Tour) has no thumbnail: add an image for its 1280x720 PNG thumbnail, without a play icon"
                        + " (the store adds one).");
    }

    @Test
    void noEntryOrNoGroupSaysNothing() {
        assertThat(warnings(List.of(), List.of(), MediaKind.SCREENSHOT, 1)).isEmpty();
    }

    @Test
    void theCountIsSaidForAGroupWithTooFew() {
        Project none = Project.empty(PARTNER_CENTER.id());
        assertThat(MediaWarnings.count(PARTNER_CENTER, none, MediaKind.SCREENSHOT))
                .contains("Screenshots: 0 added; the marketplace needs at least 1. Add 1 more.");
        assertThat(MediaWarnings.count(PARTNER_CENTER, none, MediaKind.VIDEO)).isEmpty();
    }
}
