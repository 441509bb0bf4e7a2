package io.offerkit.ui.media;

import static io.offerkit.ui.media.MediaTestImages.capture;
import static io.offerkit.ui.media.MediaTestImages.captures;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.RenderQuality;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Media;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import io.offerkit.ui.session.WorkingCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section's logic without a window: every background job runs inline. */
class MediaViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    StatusMessages status = new StatusMessages();
    MediaViewModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        // These tests add their own captures to a listing that has none yet; the demo comes with three.
        session.update(p -> p.withMedia(Media.empty()));
        session.save(); // so 'nothing changed' reads as a clean session
        model = new MediaViewModel(session, BackgroundWork.direct(), status, new WorkingCopies());
    }

    private List<String> sources() {
        return session.project().media().screenshots().stream().map(Screenshot::source).toList();
    }

    @Test
    void threeCapturesAddedAtOnceComeInTheirOrderAsOneUndoStep() throws Exception {
        List<Path> files = captures(dir, 3);

        model.addCaptures(files);

        assertThat(sources()).containsExactly(files.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
        assertThat(model.selectedProperty().get()).isEqualTo(MediaRef.screenshot(0));
        assertThat(status.message()).isEqualTo("Added 3 screenshots.");
        assertThat(model.thumbnailOf(MediaRef.screenshot(2))).isNotNull();
        session.undo();
        assertThat(sources()).isEmpty();
    }

    @Test
    void aFolderBringsItsImagesByName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("captures"));
        capture(folder, "02-b.png", 1280, 720, 0x00FF00);
        capture(folder, "01-a.png", 1280, 720, 0xFF0000);
        Files.writeString(folder.resolve("notes.txt"), "not an image");

        model.addCaptures(List.of(folder));

        assertThat(sources()).extracting(s -> Path.of(s).getFileName().toString()).containsExactly("01-a.png", "02-b.png");
    }

    @Test
    void moreCapturesThanTheGroupTakesAddUpToTheLimitAndSayWhy() throws Exception {
        model.addCaptures(captures(dir, 7));

        assertThat(sources()).hasSize(5);
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).isEqualTo("Added 5 screenshots. 2 more not added: the marketplace takes at most"
                + " 5 screenshots.");
        model.addCaptures(List.of(capture(dir, "late.png", 1280, 720, 0)));
        assertThat(sources()).hasSize(5);
        assertThat(status.message()).startsWith("The marketplace takes at most 5 screenshots");
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersComeIn() throws Exception {
        Path bogus = Files.writeString(dir.resolve("broken.png"), "not a png");
        List<Path> files = captures(dir, 2);

        model.addCaptures(List.of(files.get(0), bogus, files.get(1)));

        assertThat(sources()).hasSize(2);
        assertThat(status.message()).isEqualTo("Added 2 screenshots. Not added: broken.png is not an image OfferKit"
                + " can read (" + io.offerkit.imaging.decode.ImageFormats.SUPPORTED + ").");
    }

    @Test
    void reorderByOnePlaceAndRemoveAndUndo() throws Exception {
        List<Path> files = captures(dir, 3);
        model.addCaptures(files);
        String first = sources().get(0);

        model.moveSelected(+1);

        assertThat(sources().get(1)).isEqualTo(first);
        assertThat(model.selectedProperty().get()).isEqualTo(MediaRef.screenshot(1));
        model.removeSelected();
        assertThat(sources()).hasSize(2).doesNotContain(first);
        assertThat(model.selectedProperty().get()).isEqualTo(MediaRef.screenshot(1));
        session.undo();
        assertThat(sources().get(1)).isEqualTo(first);
    }

    @Test
    void replacingACaptureKeepsItsCaptionFramingAndRedactions() throws Exception {
        model.addCaptures(captures(dir, 1));
        Framing framing = Framing.defaults().withFit(Fit.COVER).withFocus(0.2, 0.7);
        List<Redaction> redactions = List.of(new Redaction(10, 20, 300, 40, Redaction.Style.PIXELATE));
        model.entry().captionProperty().set("The dashboard");
        model.framing().framingProperty().set(framing);
        model.framing().redactionsProperty().set(redactions);
        Path other = capture(dir, "other.png", 1600, 900, 0x336699);

        model.replaceCapture(other);

        Screenshot shot = session.project().media().screenshots().get(0);
        assertThat(shot.source()).isEqualTo(other.toAbsolutePath().toString());
        assertThat(shot.caption()).isEqualTo("The dashboard");
        assertThat(shot.framing()).isEqualTo(framing);
        assertThat(shot.redactions()).isEqualTo(redactions);
    }

    @Test
    void typingACaptionIsOneUndoStepAndTheCounterSaysWhenItIsOver() throws Exception {
        MediaTestImages.useCaptionLimit(session, dir);
        model.addCaptures(captures(dir, 1));
        String typed = "";
        for (char c : "A caption longer than twenty".toCharArray()) {
            typed += c;
            model.entry().captionProperty().set(typed);
        }
        assertThat(model.entry().counterBinding().get()).isEqualTo("28 / 20");
        assertThat(model.entry().captionOverBinding().get()).isTrue();
        assertThat(model.entry().warningsBinding().get()).contains("Screenshot 1's caption has 28 characters; at most 20.");

        session.undo();

        assertThat(session.project().media().screenshots().get(0).caption()).isEmpty();
        assertThat(model.entry().captionProperty().get()).isEmpty();
        assertThat(model.entry().counterBinding().get()).isEqualTo("0 / 20");
    }

    @Test
    void aSmallCaptureShowsTheUpscaledWarning() throws Exception {
        model.addCaptures(List.of(capture(dir, "small.png", 640, 360, 0x445566)));

        assertThat(model.entry().warningsBinding().get()).anyMatch(w -> w.contains("(640x360) is smaller than 1280x720,"
                + " so it is upscaled and will look blurry"));
    }

    @Test
    void aVideosShortLinkIsRefusedWithTheFormToUse() {
        model.addVideo();
        model.entry().addressProperty().set("https://youtu.be/dQw4w9WgXcQ");

        assertThat(model.entry().addressProblemBinding().get()).isEqualTo("youtu.be is a short link, which Partner"
                + " Center does not take: use the full address, https://www.youtube.com/watch?v=dQw4w9WgXcQ.");
        assertThat(session.project().media().videos().get(0).address()).isEqualTo("https://youtu.be/dQw4w9WgXcQ");
        model.entry().addressProperty().set("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(model.entry().addressProblemBinding().get()).isEmpty();
    }

    @Test
    void thePreviewIsRenderedAtTheGroupsExactSize() throws Exception {
        model.addCaptures(List.of(capture(dir, "tall.png", 900, 1400, 0x884422)));

        var result = model.previewProperty().get();
        assertThat(result.image().getWidth()).isEqualTo(1280);
        assertThat(result.image().getHeight()).isEqualTo(720);
    }

    @Test
    void turningCropOnSetsTheLargestCropOfTheSlotsShape() throws Exception {
        model.addCaptures(List.of(capture(dir, "wide.png", 2000, 720, 0x224488)));

        model.framing().croppedProperty().set(true);

        Crop crop = session.project().media().screenshots().get(0).framing().crop();
        assertThat(crop).isEqualTo(Crop.largest(2000, 720, 1280.0 / 720, 0.5, 0.5));
        model.framing().croppedProperty().set(false);
        assertThat(session.project().media().screenshots().get(0).framing().crop()).isNull();
    }

    @Test
    void thePreviewIsADraftWhileAdjustingAndFullAfter() throws Exception {
        model.addCaptures(captures(dir, 1));
        model.framing().croppedProperty().set(true);

        model.framing().adjustingProperty().set(true);
        Framing f = model.framing().framingProperty().get();
        model.framing().framingProperty().set(f.withCrop(new Crop(20, 0, 640, 360)));
        assertThat(model.previewProperty().get().request().quality()).isEqualTo(RenderQuality.DRAFT);

        model.framing().adjustingProperty().set(false);
        assertThat(model.previewProperty().get().request().quality()).isEqualTo(RenderQuality.EXPORT);
        assertThat(model.previewProperty().get().request().framing().crop().x()).isEqualTo(20);
    }

    @Test
    void anEditorGestureIsOneUndoStep() throws Exception {
        model.addCaptures(captures(dir, 1));
        model.framing().croppedProperty().set(true);
        Crop start = model.framing().framingProperty().get().crop();

        model.framing().adjustingProperty().set(true);
        for (int i = 1; i <= 5; i++) {
            Framing f = model.framing().framingProperty().get();
            model.framing().framingProperty().set(f.withCrop(new Crop(i * 10, 0, 640, 360)));
        }
        model.framing().adjustingProperty().set(false);
        assertThat(session.project().media().screenshots().get(0).framing().crop().x()).isEqualTo(50);

        session.undo();

        assertThat(model.framing().framingProperty().get().crop()).isEqualTo(start);
    }

    @Test
    void checklistFieldsNameTheirEntry() {
        assertThat(MediaViewModel.entryOf("screenshot-02")).isEqualTo(MediaRef.screenshot(1));
        assertThat(MediaViewModel.entryOf("video-01")).isEqualTo(MediaRef.video(0));
        assertThat(MediaViewModel.entryOf("video-03-thumbnail")).isEqualTo(MediaRef.video(2));
        assertThat(MediaViewModel.entryOf("screenshots")).isNull();
    }

    @Test
    void aCancelledBatchAddsNothingAndSaysSo() throws Exception {
        HeldWork held = new HeldWork();
        MediaViewModel heldModel = new MediaViewModel(session, held, status, new WorkingCopies());
        heldModel.addCaptures(captures(dir, 3));
        assertThat(heldModel.loadingProperty().get()).isTrue();

        heldModel.cancelLoad();
        held.runAll();

        assertThat(sources()).isEmpty();
        assertThat(heldModel.loadingProperty().get()).isFalse();
        assertThat(status.message()).isEqualTo("Reading cancelled; the screenshots are unchanged.");
        assertThat(session.isDirty()).isFalse();
    }
}
