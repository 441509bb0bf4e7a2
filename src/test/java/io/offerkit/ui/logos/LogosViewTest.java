package io.offerkit.ui.logos;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.BigPng;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.PixelPreview;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
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
    WorkerPool executor;

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

        Node thumb = robot.lookup("#paddingSlider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(80, 0).drop();

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

    /** Neighbours differ in every channel, so any smoothing between two exported pixels shows. */
    private static BufferedImage checkerGradient(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, 0xFF000000 | (x * 6) << 16 | (y * 6) << 8 | ((x + y) % 2 == 0 ? 0xFF : 0x00));
            }
        }
        return image;
    }

    private static int[] snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return pixels(node.snapshot(params, null));
    }

    @Test
    void everyZoomShowsEachExportedPixelAsOneUniformBlockWithTheGridOnlyOnBlockEdges() throws Exception {
        BufferedImage exported = checkerGradient(40, 40);
        for (int zoom : PreviewToolbar.ZOOMS) {
            int side = 40 * zoom;
            int[] shown = fx(() -> {
                PixelPreview preview = new PixelPreview(40, 40);
                new Scene(new Group(preview));
                preview.setImage(FxImages.toFx(exported));
                preview.zoom(zoom);
                preview.applyCss();
                preview.layout();
                return snapshot(preview);
            });
            assertThat(shown).as("%dx: the preview is %d px square", zoom, side).hasSize(side * side);
            boolean grid = zoom >= PixelPreview.GRID_FROM_ZOOM;
            int gridPixels = 0;
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int expected = exported.getRGB(x / zoom, y / zoom);
                    boolean onEdge = grid && (x % zoom == 0 && x > 0 || y % zoom == 0 && y > 0);
                    if (onEdge) {
                        gridPixels += shown[y * side + x] != expected ? 1 : 0;
                    } else {
                        assertThat(Integer.toHexString(shown[y * side + x]))
                                .as("%dx: screen pixel %d,%d shows exported pixel %d,%d", zoom, x, y, x / zoom, y / zoom)
                                .isEqualTo(Integer.toHexString(expected));
                    }
                }
            }
            int edges = grid ? 2 * 39 * side - 39 * 39 : 0;
            assertThat(gridPixels).as("%dx: the grid covers every block edge", zoom).isEqualTo(edges);
        }
    }

    @Test
    void theSmallLogoAtEightTimesIsItsExportedPixelsInTheWindow(FxRobot robot) throws Exception {
        ImageView view = small(robot);
        waitUntil(() -> demo.window().isSettled());
        int[] exported = fx(() -> pixels(view.getImage()));
        @SuppressWarnings("unchecked")
        ComboBox<PreviewBackground> choice = robot.lookup("#previewBackground").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(PreviewBackground.DARK));
        robot.clickOn("#zoom-8");
        PixelPreview preview = robot.lookup("#slot-small-40x40").queryAs(SlotCard.class).preview();
        waitUntil(() -> preview.getLayoutBounds().getWidth() == 320);
        WaitForAsyncUtils.waitForFxEvents();
        int[] window = fx(() -> pixels(preview.getScene().snapshot(null)));
        int sceneWidth = fx(() -> (int) preview.getScene().getWidth());
        Bounds at = fx(() -> preview.localToScene(preview.getLayoutBounds()));
        assertThat(at.getMinX()).as("on whole pixels").isEqualTo(Math.rint(at.getMinX()));
        assertThat(at.getMinY()).as("on whole pixels").isEqualTo(Math.rint(at.getMinY()));
        int left = (int) at.getMinX();
        int top = (int) at.getMinY();
        int dark = 0xFF1B1F27;
        for (int by = 0; by < 40; by++) {
            for (int bx = 0; bx < 40; bx++) {
                int expected = over(exported[by * 40 + bx], dark);
                for (int j = 1; j < 8; j++) {
                    for (int i = 1; i < 8; i++) {
                        int shown = window[(top + by * 8 + j) * sceneWidth + left + bx * 8 + i];
                        assertThat(close(shown, expected, 2))
                                .as("block %d,%d pixel %d,%d: %08x, the exported pixel on dark is %08x", bx, by, i, j, shown, expected)
                                .isTrue();
                    }
                }
            }
        }
    }

    private static int over(int argb, int backdrop) {
        double a = (argb >>> 24) / 255.0;
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = ((argb >> shift) & 0xFF) * a + ((backdrop >> shift) & 0xFF) * (1 - a);
            out |= (int) Math.round(c) << shift;
        }
        return out;
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aLongWarningWrapsInsideTheCardAndMovesNeitherItsWidthNorThePreview(FxRobot robot) throws Exception {
        small(robot);
        waitUntil(() -> demo.window().isSettled());
        SlotCard card = robot.lookup("#slot-small-40x40").queryAs(SlotCard.class);
        assertThat(fx(() -> card.lookupAll(".note").isEmpty())).as("the demo's small logo has no warning").isTrue();
        robot.interact(() -> session.update(p -> p.withLogo(p.logo().withOwnSettings("small-40x40"))));
        waitUntil(() -> robot.lookup("#slot-small-40x40 .slot-scope").queryLabeled().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        double width = fx(card::getWidth);
        Bounds before = fx(() -> card.sceneToLocal(card.preview().localToScene(card.preview().getLayoutBounds())));
        Bounds cardBefore = fx(() -> card.localToScene(card.getLayoutBounds()));

        robot.interact(() -> session.update(p -> p.withLogo(p.logo().edit("small-40x40",
                s -> s.withBackground(SlotBackground.read("#FFFFFF"))))));
        waitUntil(() -> !card.lookupAll(".note-warning").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(card::getWidth)).as("card width").isEqualTo(width);
        assertThat(fx(() -> card.sceneToLocal(card.preview().localToScene(card.preview().getLayoutBounds()))))
                .as("the preview's place in the card").isEqualTo(before);
        assertThat(fx(() -> card.localToScene(card.getLayoutBounds()).getMinY())).as("the card's top").isEqualTo(cardBefore.getMinY());
        for (Node node : fx(() -> List.copyOf(card.lookupAll(".note")))) {
            Label note = (Label) node;
            Bounds b = fx(() -> card.sceneToLocal(note.localToScene(note.getLayoutBounds())));
            assertThat(b.getMaxX()).as("the warning stays inside the card").isLessThanOrEqualTo(width);
            assertThat(fx(() -> note.getHeight() + 0.5 >= note.prefHeight(note.getWidth())))
                    .as("the warning wraps instead of being cut").isTrue();
        }
    }

    @Test
    void theFocusPickerOfASlotWithItsOwnImageShowsThatImage(FxRobot robot) throws Exception {
        small(robot);
        waitUntil(() -> demo.window().isSettled());
        Path own = Files.write(dir.resolve("own-red.png"),
                PngEncoder.encode(solid(64, 64, 0xFFE01010)));
        robot.interact(() -> session.update(p -> p.withLogo(p.logo().withAlternateSource("small-40x40", own.toString()))));
        robot.clickOn("#slot-small-40x40");
        ImageView thumbnail = (ImageView) robot.lookup("#focusPicker").queryAs(Pane.class).getChildren().get(0);
        waitUntil(() -> thumbnail.getImage() != null && centre(thumbnail.getImage()) == 0xFFE01010);

        robot.interact(() -> session.update(p -> p.withLogo(p.logo().withAlternateSource("small-40x40", null))));
        waitUntil(() -> thumbnail.getImage() != null && centre(thumbnail.getImage()) != 0xFFE01010);
    }

    private static BufferedImage solid(int w, int h, int argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static int centre(Image image) {
        return image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 2);
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
        assertThat(fx(() -> session.project().logo().defaults().fit())).isEqualTo(Fit.STRETCH);
    }

    @Test
    void theChosenFitAndZoomAreShownSelectedFromTheStart(FxRobot robot) throws Exception {
        small(robot);
        assertThat(robot.lookup("#fit-contain").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#fit-cover").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#zoom-1").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#fit-cover");
        waitUntil(() -> fx(() -> session.project().logo().defaults().fit()) == Fit.COVER);
        assertThat(robot.lookup("#fit-contain").queryAs(ToggleButton.class).isSelected()).isFalse();
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
