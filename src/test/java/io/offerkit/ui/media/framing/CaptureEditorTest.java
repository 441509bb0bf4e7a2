package io.offerkit.ui.media.framing;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerkit.project.Crop;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.look.ThemeStyles;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The capture editor on its own, driven by the robot: a 1600x900 capture shown from its working copy at half scale
 * (800x450), in a canvas with room for 800x450, so a view pixel is two original pixels.
 */
@ExtendWith(ApplicationExtension.class)
class CaptureEditorTest {
    private static final double ASPECT = 1280 / 720.0;
    private final Crop crop = new Crop(400, 200, 800, 450);
    CaptureEditor editor;

    @Start
    void start(Stage stage) {
        ThemeStyles.useBase(false);
        editor = new CaptureEditor();
        editor.show(FxImages.toFx(TestCaptures.reduced(TestCaptures.appWindow(1600, 900), 0.5)), 1600, 900);
        Scene scene = new Scene(editor);
        ThemeStyles.apply(scene.getStylesheets(), false);
        stage.setScene(scene);
        // TestFX keeps one stage for all tests: the main window's minimum and size would stay otherwise.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.sizeToScene();
        stage.show();
    }

    private CaptureMapping mapping() throws Exception {
        waitUntil(() -> !editor.canvas().mapping().isEmpty());
        return fx(() -> editor.canvas().mapping());
    }

    /** The screen point of an original pixel, rounded so the robot's moves are whole pixels. */
    private Point2D screen(double x, double y) throws Exception {
        CaptureMapping m = mapping();
        Point2D p = fx(() -> editor.canvas().localToScreen(m.toViewX(x), m.toViewY(y)));
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    private void set(Framing framing, List<Redaction> redactions) throws Exception {
        fx(() -> {
            editor.framingProperty().set(framing);
            editor.redactionsProperty().set(redactions);
            return null;
        });
    }

    @Test
    void theCanvasShowsTheCaptureAtHalfScale() throws Exception {
        CaptureMapping m = mapping();

        assertThat(m.scale()).isEqualTo(0.5);
        assertThat(m.left()).isEqualTo(CaptureCanvas.INSET);
        assertThat(m.top()).isEqualTo(CaptureCanvas.INSET);
    }

    @Test
    void aMouseDragOnTheCropMovesItAndAdjustingHoldsFromPressToRelease(FxRobot robot) throws Exception {
        set(Framing.defaults().withCrop(crop), List.of());
        Point2D from = screen(800, 400);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(20, 10).moveBy(20, 10);
        assertThat(fx(() -> editor.adjustingProperty().get())).isTrue();
        // Live: the model follows the pointer during the gesture.
        assertThat(fx(() -> editor.framingProperty().get().crop().x())).isCloseTo(400 + 40 / 0.5, within(1e-6));
        robot.release(MouseButton.PRIMARY);

        assertThat(fx(() -> editor.adjustingProperty().get())).isFalse();
        Crop moved = fx(() -> editor.framingProperty().get().crop());
        assertThat(moved.x()).isCloseTo(400 + 40 / 0.5, within(1e-6));
        assertThat(moved.y()).isCloseTo(200 + 20 / 0.5, within(1e-6));
        assertThat(moved.width()).isEqualTo(800);
    }

    @Test
    void aCornerDragResizesTheCropWithTheAspectExactlyKept(FxRobot robot) throws Exception {
        set(Framing.defaults().withCrop(crop), List.of());

        robot.moveTo(screen(1200, 650)).press(MouseButton.PRIMARY).moveBy(40, 5).moveBy(40, 5).release(MouseButton.PRIMARY);

        Crop resized = fx(() -> editor.framingProperty().get().crop());
        assertThat(resized.width() / resized.height()).isCloseTo(ASPECT, within(1e-12));
        assertThat(resized.x()).isEqualTo(400);
        assertThat(resized.y()).isEqualTo(200);
        assertThat(resized.width()).isCloseTo(800 + 80 / 0.5, within(1e-6));
    }

    @Test
    void aDrawnRedactionLandsInOriginalPixels(FxRobot robot) throws Exception {
        robot.clickOn("#redactionTool");
        assertThat(fx(() -> robot.lookup("#redactionTool").queryAs(ToggleButton.class).isSelected())).isTrue();

        robot.moveTo(screen(200, 100)).press(MouseButton.PRIMARY).moveBy(100, 40).moveBy(100, 60)
                .release(MouseButton.PRIMARY);

        assertThat(fx(() -> editor.redactionsProperty().get()))
                .containsExactly(new Redaction(200, 100, 400, 200, Redaction.Style.FILL));
    }

    @Test
    void deleteRemovesTheSelectedRedaction(FxRobot robot) throws Exception {
        Redaction a = new Redaction(100, 100, 300, 100, Redaction.Style.FILL);
        Redaction b = new Redaction(900, 500, 300, 100, Redaction.Style.FILL);
        set(Framing.defaults(), List.of(a, b));

        robot.clickOn(screen(1000, 550)).type(KeyCode.DELETE);

        assertThat(fx(() -> editor.redactionsProperty().get())).containsExactly(a);
    }

    @Test
    void theStyleControlSwitchesTheSelectedRedactionToPixelate(FxRobot robot) throws Exception {
        Redaction a = new Redaction(100, 100, 300, 100, Redaction.Style.FILL);
        set(Framing.defaults(), List.of(a));

        robot.clickOn(screen(200, 150)).clickOn("#redactionPixelate");

        assertThat(fx(() -> editor.redactionsProperty().get()))
                .containsExactly(new Redaction(100, 100, 300, 100, Redaction.Style.PIXELATE));
    }

    @Test
    void arrowKeysNudgeTheCropByAViewPixelAndShiftByTen(FxRobot robot) throws Exception {
        set(Framing.defaults().withCrop(crop), List.of());
        robot.clickOn(screen(800, 400));

        robot.type(KeyCode.RIGHT);
        assertThat(fx(() -> editor.framingProperty().get().crop().x())).isCloseTo(402, within(1e-9));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(fx(() -> editor.framingProperty().get().crop().y())).isCloseTo(220, within(1e-9));
        assertThat(fx(() -> editor.adjustingProperty().get())).isFalse();
    }

    @Test
    void settingTheFramingFromOutsideMovesTheDrawnRectangle() throws Exception {
        set(Framing.defaults().withCrop(crop), List.of());
        CaptureMapping m = mapping();
        Rectangle frame = fx(() -> (Rectangle) editor.lookup("#cropFrame"));
        waitUntil(() -> frame.isVisible() && frame.getX() == m.toViewX(400));

        set(Framing.defaults().withCrop(new Crop(700, 400, 800, 450)), List.of());

        waitUntil(() -> frame.getX() == m.toViewX(700) && frame.getY() == m.toViewY(400));
        assertThat(fx(frame::getWidth)).isEqualTo(m.toView(800));
    }

    @Test
    void thePointerShowsWhatAPressWouldDo(FxRobot robot) throws Exception {
        set(Framing.defaults().withCrop(crop), List.of());

        robot.moveTo(screen(1200, 650));
        waitUntil(() -> editor.canvas().getCursor() == Cursor.SE_RESIZE);
        robot.moveTo(screen(400, 200));
        waitUntil(() -> editor.canvas().getCursor() == Cursor.NW_RESIZE);
        robot.moveTo(screen(800, 400));
        waitUntil(() -> editor.canvas().getCursor() == Cursor.MOVE);
        robot.clickOn("#redactionTool").moveTo(screen(100, 100));
        waitUntil(() -> editor.canvas().getCursor() == Cursor.CROSSHAIR);
    }

    @Test
    void showingNoCaptureClearsTheOverlaysAndTakesNoGesture(FxRobot robot) throws Exception {
        set(Framing.defaults().withCrop(crop), List.of(new Redaction(100, 100, 300, 100, Redaction.Style.FILL)));
        Point2D onCrop = screen(800, 400);

        fx(() -> {
            editor.show(null, 0, 0);
            return null;
        });
        robot.moveTo(onCrop).press(MouseButton.PRIMARY).moveBy(40, 0).release(MouseButton.PRIMARY);

        assertThat(fx(() -> editor.lookup("#cropFrame").isVisible())).isFalse();
        assertThat(fx(() -> editor.lookup(".redaction"))).isNull();
        assertThat(fx(() -> editor.framingProperty().get().crop())).isEqualTo(crop);
        assertThat(fx(() -> editor.adjustingProperty().get())).isFalse();
    }
}
