package io.offerkit.ui.media;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static io.offerkit.ui.media.MediaTestImages.capture;
import static io.offerkit.ui.media.MediaTestImages.captures;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ChecklistItem;
import io.offerkit.project.Media;
import io.offerkit.project.Redaction;
import io.offerkit.project.Screenshot;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.media.framing.CaptureEditor;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Screenshots & videos section in the demo window, used with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MediaViewTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        // These tests add their own captures to a listing that has none yet; the demo comes with three.
        fx(() -> {
            session.update(p -> p.withMedia(Media.empty()));
            return null;
        });
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private MediaView view() throws Exception {
        return fx(() -> {
            demo.window().model().sectionProperty().set(Section.MEDIA);
            return demo.window().mediaView();
        });
    }

    private void add(List<Path> files) throws Exception {
        MediaView view = view();
        fx(() -> {
            view.addCaptures(files);
            return null;
        });
        waitUntil(() -> demo.window().isSettled() && session.project().media().screenshots().size() >= Math.min(5, files.size()));
    }

    private List<String> names() throws Exception {
        return fx(() -> session.project().media().screenshots().stream()
                .map(s -> Path.of(s.source()).getFileName().toString()).toList());
    }

    private List<String> cellCaptions(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#filmstrip-screenshots .media-cell .media-number").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(t -> !t.isEmpty()).sorted().toList());
    }

    @Test
    void threeCapturesAddedAtOnceShowInTheFilmstripInOrder(FxRobot robot) throws Exception {
        add(captures(dir, 3));

        assertThat(names()).containsExactly("capture-1.png", "capture-2.png", "capture-3.png");
        waitUntil(() -> robot.lookup("#media-screenshot-3").tryQuery().isPresent());
        assertThat(cellCaptions(robot)).containsExactly("1", "2", "3");
        waitUntil(() -> robot.lookup("#media-screenshot-1 .media-thumb .image-view").queryAs(ImageView.class).getImage() != null);
    }

    @Test
    void aRedactionDrawnOnTheCaptureIsKeptInTheProjectAsOneUndoStep(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "wide.png", 1600, 900, 0x335577)));
        CaptureEditor editor = robot.lookup("#media-capture").queryAs(CaptureEditor.class);
        waitUntil(() -> fx(() -> editor.lookup(".image-view") instanceof ImageView v && v.getImage() != null));
        Redaction drawn = new Redaction(400, 200, 300, 120, Redaction.Style.FILL);

        // what the editor's own gesture sets (the mouse drawing itself is CaptureEditorTest's)
        fx(() -> {
            editor.redactionsProperty().set(List.of(drawn));
            return null;
        });

        waitUntil(() -> fx(() -> session.project().media().screenshots().get(0).redactions().equals(List.of(drawn))));
        robot.interact(session::undo);
        waitUntil(() -> fx(() -> session.project().media().screenshots().get(0).redactions().isEmpty()));
        assertThat(fx(() -> editor.redactionsProperty().get())).isEmpty();
        assertThat(names()).containsExactly("wide.png");
    }

    @Test
    void keyboardReordersRemovesAndUndoBringsItBack(FxRobot robot) throws Exception {
        add(captures(dir, 3));
        robot.clickOn("#media-screenshot-1");

        robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);

        waitUntil(() -> names().equals(List.of("capture-2.png", "capture-1.png", "capture-3.png")));
        assertThat(fx(() -> demo.window().mediaView().lookup("#filmstrip-screenshots").isFocused())).isTrue();
        robot.type(KeyCode.DELETE);
        waitUntil(() -> names().equals(List.of("capture-2.png", "capture-3.png")));
        robot.interact(session::undo);
        waitUntil(() -> names().equals(List.of("capture-2.png", "capture-1.png", "capture-3.png")));
    }

    @Test
    void draggingACaptureOntoAnotherMovesItThere(FxRobot robot) throws Exception {
        add(captures(dir, 3));
        waitUntil(() -> robot.lookup("#media-screenshot-3").tryQuery().isPresent());

        robot.drag("#media-screenshot-3", MouseButton.PRIMARY).dropTo("#media-screenshot-1");

        waitUntil(() -> names().equals(List.of("capture-3.png", "capture-1.png", "capture-2.png")));
        assertThat(fx(() -> demo.window().mediaView().lookup("#media-screenshot-1") != null)).isTrue();
    }

    @Test
    void theResultIsExactlyTheSlotSizeAndTheCaptionCountsUp(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "tall.png", 900, 1400, 0x335577)));
        ImageView result = robot.lookup("#media-result-image").queryAs(ImageView.class);
        waitUntil(() -> result.getImage() != null);
        Image shown = fx(result::getImage);
        assertThat(shown.getWidth()).isEqualTo(1280);
        assertThat(shown.getHeight()).isEqualTo(720);

        robot.clickOn("#media-zoom-1");
        waitUntil(() -> robot.lookup("#media-result-pixels").query().isVisible());

        robot.clickOn("#media-caption").write("Routes");
        waitUntil(() -> session.project().media().screenshots().get(0).caption().equals("Routes"));
        assertThat(robot.lookup("#media-caption-counter").queryAs(Label.class).getText()).isEqualTo("6 characters");
        robot.interact(session::undo);
        waitUntil(() -> session.project().media().screenshots().get(0).caption().isEmpty());
        assertThat(robot.lookup("#media-caption").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aSmallCaptureShowsTheUpscaledWarning(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "small.png", 640, 360, 0x335577)));

        waitUntil(() -> robot.lookup("#media-warnings .media-warning").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("(640x360) is smaller than 1280x720, so it is upscaled and will look blurry")));
    }

    @Test
    void aVideosShortLinkShowsWhatToUseInstead(FxRobot robot) throws Exception {
        view();
        robot.clickOn("#addVideo");
        waitUntil(() -> session.project().media().videos().size() == 1);
        robot.clickOn("#media-address").write("https://youtu.be/dQw4w9WgXcQ");

        Label problem = robot.lookup("#media-address-problem").queryAs(Label.class);
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).startsWith("youtu.be is a short link, which Partner Center does not take");
        assertThat(robot.lookup("#media-play-icon-guidance").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void moreCapturesThanTheGroupTakesAreRefusedWithAMessage(FxRobot robot) throws Exception {
        add(captures(dir, 7));

        assertThat(names()).hasSize(5);
        String status = fx(() -> demo.window().model().status().message());
        assertThat(status).isEqualTo("Added 5 screenshots. 2 more not added: the marketplace takes at most 5 screenshots.");
    }

    @Test
    void aMediaChecklistItemLeadsToTheScreenshotThatFixesIt(FxRobot robot) throws Exception {
        add(List.of(captures(dir, 1).get(0), capture(dir, "small.png", 640, 360, 0x335577)));
        ChecklistItem size = fx(() -> session.profile().checklist().stream()
                .filter(i -> i.id().equals("screenshots-size")).findFirst().orElseThrow());
        fx(() -> {
            demo.window().model().sectionProperty().set(Section.LOGOS);
            return null;
        });

        robot.interact(() -> demo.window().navigateTo(size));

        assertThat(fx(() -> demo.window().model().sectionProperty().get())).isEqualTo(Section.MEDIA);
        waitUntil(() -> demo.window().mediaView().lookup("#filmstrip-screenshots").isFocused());
        List<Screenshot> shots = fx(() -> session.project().media().screenshots());
        assertThat(shots).hasSize(2);
        waitUntil(() -> robot.lookup("#media-screenshot-2").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("selected")));
    }
}
