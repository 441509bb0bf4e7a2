package io.offerkit.ui.logos;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.BigPng;
import io.offerkit.ui.AppExecutor;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LogosViewTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;
    AppExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        executor = demo.executor();
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    private ImageView small(FxRobot robot) throws Exception {
        ImageView view = robot.lookup("#slot-small-40x40 .logo-image").queryAs(ImageView.class);
        waitUntil(() -> view.getImage() != null);
        return view;
    }

    @Test
    void draggingThePaddingSliderChangesTheSmallLogosPixels(FxRobot robot) throws Exception {
        ImageView view = small(robot);
        int[] before = fx(() -> pixels(view.getImage()));
        Slider slider = robot.lookup("#paddingSlider").queryAs(Slider.class);

        javafx.scene.Node thumb = robot.lookup("#paddingSlider .thumb").query();
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveBy(80, 0).drop();

        waitUntil(() -> slider.getValue() > 5);
        waitUntil(() -> !Arrays.equals(before, pixels(view.getImage())));
        double padding = fx(() -> session.project().logo().defaults().paddingPercent());
        assertThat(padding).isGreaterThan(5);
        // With padding, the outermost ring of the 40x40 is left transparent.
        waitUntil(() -> (pixels(view.getImage())[40 * 20 + 1] >>> 24) == 0);
        assertThat(fx(session::canUndoProperty).get()).isTrue();
    }

    @Test
    void zoomFourShowsTheSmallLogoAt160PixelsWithAGrid(FxRobot robot) throws Exception {
        ImageView view = small(robot);
        robot.clickOn("#zoom-4");
        waitUntil(() -> view.getFitWidth() == 160);
        PixelPreview preview = (PixelPreview) view.getParent();
        waitUntil(() -> preview.getLayoutBounds().getWidth() == 160 && preview.getLayoutBounds().getHeight() == 160);
        assertThat(view.isSmooth()).isFalse();
        assertThat(fx(preview::gridShown)).isTrue();

        robot.clickOn("#zoom-2");
        waitUntil(() -> view.getFitWidth() == 80);
        assertThat(fx(preview::gridShown)).isFalse();
    }

    @Test
    void theBackdropCanBeSwitched(FxRobot robot) throws Exception {
        ImageView view = small(robot);
        Region backdrop = (Region) view.getParent().getParent();
        @SuppressWarnings("unchecked")
        ComboBox<PreviewBackground> choice = robot.lookup("#previewBackground").queryAs(ComboBox.class);
        assertThat(choice.getValue()).isEqualTo(PreviewBackground.CHECKERBOARD);

        robot.clickOn(choice);
        robot.clickOn("Dark");

        waitUntil(() -> Color.web("#1b1f27").equals(backdrop.getBackground().getFills().get(0).getFill()));
        robot.clickOn(choice);
        robot.clickOn("Marketplace tile");
        waitUntil(() -> Color.WHITE.equals(backdrop.getBackground().getFills().get(0).getFill())
                && backdrop.getBorder() != null);
    }

    @Test
    void selectingACardAndOverridingGivesThatSlotItsOwnPadding(FxRobot robot) throws Exception {
        small(robot);
        robot.clickOn("#slot-small-40x40");
        robot.clickOn("#overrideSlot");
        waitUntil(() -> session.project().logo().slots().containsKey("small-40x40"));
        robot.interact(() -> robot.lookup("#paddingSlider").queryAs(Slider.class).setValue(20));
        assertThat(fx(() -> session.project().logo().settingsFor("small-40x40").paddingPercent())).isEqualTo(20.0);
        assertThat(fx(() -> session.project().logo().defaults().paddingPercent())).isEqualTo(0.0);
        waitUntil(() -> robot.lookup("#slot-small-40x40 .slot-scope").queryLabeled().isVisible());

        robot.clickOn("#resetSlot");
        waitUntil(() -> !session.project().logo().slots().containsKey("small-40x40"));
    }

    @Test
    void theSharpenBoxSharpensThePreview(FxRobot robot) throws Exception {
        ImageView view = small(robot);
        waitUntil(() -> demo.window().isSettled());
        int[] before = fx(() -> pixels(view.getImage()));
        robot.clickOn("#sharpenCheck");
        waitUntil(() -> session.project().logo().defaults().sharpen());
        waitUntil(() -> !Arrays.equals(before, pixels(view.getImage())));
    }

    @Test
    void stretchShowsAWarning(FxRobot robot) throws Exception {
        small(robot);
        assertThat(robot.lookup("#stretchWarning").query().isVisible()).isFalse();
        robot.clickOn("#fit-stretch");
        waitUntil(() -> robot.lookup("#stretchWarning").query().isVisible());
        assertThat(fx(() -> session.project().logo().defaults().fit())).isEqualTo(io.offerkit.project.Fit.STRETCH);
    }

    @Test
    void theChosenFitAndZoomAreShownSelectedFromTheStart(FxRobot robot) throws Exception {
        small(robot);
        assertThat(robot.lookup("#fit-contain").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#fit-cover").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#zoom-1").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#fit-cover");
        waitUntil(() -> fx(() -> session.project().logo().defaults().fit()) == io.offerkit.project.Fit.COVER);
        assertThat(robot.lookup("#fit-contain").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }

    /** Whether a worker thread is still inside the decoder or the working-copy reduction. */
    private static boolean decoding() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("offerkit-worker-"))
                .flatMap(e -> Arrays.stream(e.getValue()))
                .anyMatch(frame -> frame.getClassName().startsWith("io.offerkit.imaging.png.PngDecoder")
                        || frame.getClassName().startsWith("io.offerkit.imaging.ImageDecoder")
                        || frame.getClassName().startsWith("io.offerkit.imaging.render.LinearResampler"));
    }

    @Test
    void cancelStopsALongLoadPromptlyAndThePreviousLogoStays(FxRobot robot) throws Exception {
        small(robot);
        waitUntil(() -> demo.window().isSettled());
        String before = fx(() -> session.project().logo().source());
        Path huge = Files.write(dir.resolve("huge.png"), BigPng.rgb(8000, 8000));

        robot.interact(() -> demo.window().logosView().chooseSource(huge));
        ProgressBar bar = robot.lookup("#loadProgress").queryAs(ProgressBar.class);
        waitUntil(() -> bar.getProgress() > 0.06); // the file is read; the decoder is at work
        assertThat(fx(() -> robot.lookup("#loadPercent").queryAs(Label.class).getText())).matches("\\d{1,3} %");
        assertThat(fx(() -> bar.getProgress())).isLessThan(1.0);
        assertThat(decoding()).isTrue();

        robot.clickOn("#cancelLoad");
        long clicked = System.nanoTime();
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> !decoding());
        long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - clicked);
        assertThat(stoppedMs).as("the worker left the decoder %d ms after Cancel", stoppedMs).isLessThan(3000);

        waitUntil(() -> !robot.lookup("#loadingBar").query().isVisible());
        assertThat(fx(() -> session.project().logo().source())).isEqualTo(before);
        assertThat(fx(() -> session.isDirty())).isFalse();
        assertThat(robot.lookup("#logoSourceFacts").queryAs(Label.class).getText()).doesNotContain("huge.png");
    }
}
