package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screenshots and videos in a project file: every value kept, paths relative, nothing written when there are none. */
class MediaFilesTest {
    /** Hebrew with a right-to-left mark, a zero-width joiner and an emoji of two code points. */
    private static final String BIDI_CAPTION = "Dashboard \u05DC\u05D5\u05D7 \u200F\u05E9\u05DC\u05D5\u05DD\u200D \uD83D\uDC4D\uD83C\uDFFD";

    @TempDir
    Path dir;

    private Media sampleMedia() {
        Framing cropped = Framing.defaults().withFit(Fit.COVER).withBackground(SlotBackground.colour(0x102030))
                .withFocus(0.25, 0.75).withCrop(new Crop(10.5, 20, 1280, 720));
        Screenshot first = new Screenshot(dir.resolve("captures/one.png").toString(), BIDI_CAPTION, cropped,
                List.of(new Redaction(5, 6, 70, 80, Redaction.Style.FILL),
                        new Redaction(100, 110, 40, 30, Redaction.Style.PIXELATE)));
        Screenshot second = Screenshot.of(dir.resolve("captures/two.png").toString()).withCaption("Sales pipeline");
        Video video = new Video("Tour", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                dir.resolve("thumbs/tour.png").toString(), Framing.defaults().withFit(Fit.COVER));
        Video unfinished = new Video("Draft", "youtu.be/xyz", null, null);
        return new Media(List.of(first, second), List.of(video, unfinished));
    }

    @Test
    void screenshotsAndVideosRoundTripWithEveryValue() throws Exception {
        Project project = Project.empty("partner-center-d365").withAppName("Contoso").withMedia(sampleMedia());
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(project, file);

        Project read = ProjectFiles.read(file);
        assertThat(read).isEqualTo(project);
        assertThat(read.media().screenshots().get(0).caption()).isEqualTo(BIDI_CAPTION);
        assertThat(read.media().screenshots().get(0).framing().crop()).isEqualTo(new Crop(10.5, 20, 1280, 720));
        assertThat(read.media().screenshots().get(1).framing().autoBackground()).isTrue();
        assertThat(read.media().videos().get(1).thumbnail()).isNull();
    }

    @Test
    void mediaPathsAreStoredRelativeToTheProjectFileLikeLogos() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(Project.empty("partner-center-d365").withMedia(sampleMedia()), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"source\" : \"captures/one.png\"")
                .contains("\"thumbnail\" : \"thumbs/tour.png\"")
                .doesNotContain(dir.toString());
    }

    @Test
    void savingTwiceWritesTheSameBytes() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(Project.empty("partner-center-d365").withMedia(sampleMedia()), file);
        byte[] first = Files.readAllBytes(file);
        ProjectFiles.write(ProjectFiles.read(file), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void aProjectWithoutMediaWritesNoMediaKey() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(Project.empty("partner-center-d365"), file);
        assertThat(Files.readString(file)).doesNotContain("media");
        assertThat(ProjectFiles.read(file).media()).isEqualTo(Media.empty());
    }

    @Test
    void onlyVideosAreWrittenWithAnEmptyScreenshotList() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        Project project = Project.empty("partner-center-d365")
                .withMedia(Media.empty().withVideos(List.of(new Video("Tour", "https://vimeo.com/1", null, null))));
        ProjectFiles.write(project, file);
        assertThat(ProjectFiles.read(file)).isEqualTo(project);
    }

    @Test
    void aHandWrittenFramingMayLeaveEverythingOut() throws Exception {
        Path file = Files.writeString(dir.resolve("offer.offerkit"), "{\"format\":\"offerkit-project\","
                + "\"formatVersion\":1,\"profileId\":\"partner-center-d365\",\"media\":{\"screenshots\":"
                + "[{\"source\":\"a.png\",\"framing\":{}}]}}");
        Screenshot shot = ProjectFiles.read(file).media().screenshots().get(0);
        assertThat(shot.framing()).isEqualTo(Framing.defaults());
        assertThat(shot.caption()).isEmpty();
        assertThat(shot.redactions()).isEmpty();
        assertThat(Path.of(shot.source())).isEqualTo(dir.resolve("a.png"));
    }

    @Test
    void aStretchedOrBrokenFramingIsADamagedFileNamingTheProblem() throws Exception {
        Path stretched = Files.writeString(dir.resolve("s.offerkit"), "{\"format\":\"offerkit-project\","
                + "\"formatVersion\":1,\"profileId\":\"p\",\"media\":{\"screenshots\":"
                + "[{\"source\":\"a.png\",\"framing\":{\"fit\":\"STRETCH\"}}]}}");
        assertThatThrownBy(() -> ProjectFiles.read(stretched)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("s.offerkit is damaged").hasMessageContaining("\"media.screenshots[1].framing\"");
        Path badCrop = Files.writeString(dir.resolve("c.offerkit"), "{\"format\":\"offerkit-project\","
                + "\"formatVersion\":1,\"profileId\":\"p\",\"media\":{\"screenshots\":"
                + "[{\"source\":\"a.png\",\"framing\":{\"crop\":{\"x\":0,\"y\":0,\"width\":0,\"height\":5}}}]}}");
        assertThatThrownBy(() -> ProjectFiles.read(badCrop)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("c.offerkit is damaged").hasMessageContaining("\"media.screenshots[1].framing.crop\"");
    }
}
