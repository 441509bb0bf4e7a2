package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.app.OfferKitApp;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.look.ThemeStyles;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first frame's outline must look like the shell that replaces it a moment later, or the window would flash:
 * the same colours at the same places (menu strip, its bottom line, navigation, section area, checklist column and
 * its left line, status strip and its top line), in both themes. And it is no control at all, which is what makes it
 * quick: nothing in it asks JavaFX for a stylesheet.
 */
@ExtendWith(ApplicationExtension.class)
class ShellSkeletonTest {
    /** x, y in a 1280x800 window, with what is there. */
    private static final int[][] POINTS = {
        {600, 10}, {600, 35}, // menu strip, its bottom line
        {100, 500}, {171, 500}, // navigation below its buttons, its right edge (a line in the dark theme)
        {600, 700}, // section area, below the "Opening" text
        {1100, 500}, {960, 500}, // checklist column, its left line
        {600, 790}, {600, 772}, // status strip, its top line
    };

    WorkerPool executor;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        executor = new WorkerPool();
    }

    @AfterEach
    void stopExecutor() throws Exception {
        executor.shutdown();
        fx(() -> {
            ThemeStyles.useBase(false);
            return null;
        });
    }

    @Test
    void theOutlineHasTheLightShellsColoursWhereTheShellHasThem() throws Exception {
        assertOutlineMatchesShell(false);
    }

    @Test
    void theOutlineHasTheDarkShellsColoursWhereTheShellHasThem() throws Exception {
        assertOutlineMatchesShell(true);
    }

    @Test
    void theOutlineHoldsNoControl() throws Exception {
        Parent outline = fx(() -> (Parent) ShellSkeleton.create("demo.offerkit", false));
        assertThat(fx(() -> outline.lookupAll("*"))).hasSizeGreaterThan(5).noneMatch(Control.class::isInstance);
    }

    private void assertOutlineMatchesShell(boolean dark) throws Exception {
        WritableImage outline = fx(() -> snapshot(ShellSkeleton.create("demo.offerkit", dark)));
        WritableImage shell = fx(() -> {
            ThemeStyles.useBase(dark);
            MainWindow window = MainWindow.opening("demo.offerkit", executor, new StatusMessages());
            window.themeProperty().set(dark ? Theme.DARK : Theme.LIGHT);
            Scene scene = OfferKitApp.install(stage, window);
            return scene.snapshot(null);
        });
        for (int[] p : POINTS) {
            Color expected = shell.getPixelReader().getColor(p[0], p[1]);
            Color actual = outline.getPixelReader().getColor(p[0], p[1]);
            assertThat(distance(actual, expected)).as("at %d,%d dark=%s: outline %s, shell %s", p[0], p[1], dark,
                    actual, expected).isLessThan(0.02);
        }
    }

    private static WritableImage snapshot(Region root) {
        Scene scene = new Scene(root, OfferKitApp.WIDTH, OfferKitApp.HEIGHT);
        return scene.snapshot(null);
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }
}
