package io.offerkit.ui.prefs;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window where it was last closed (when that is still on a screen) and remembers it on closing. */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    public static void restore(Stage stage, UserPreferences prefs) {
        List<double[]> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).map(WindowPlacement::box).toList();
        prefs.windowBounds().filter(b -> b.visibleOn(screens)).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(Math.max(b.width(), stage.getMinWidth()));
            stage.setHeight(Math.max(b.height(), stage.getMinHeight()));
            stage.setMaximized(b.maximized());
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> remember(stage, prefs));
    }

    private static void remember(Stage stage, UserPreferences prefs) {
        if (stage.isIconified()) {
            return;
        }
        // A maximized window records the screen it filled and opens maximized again.
        prefs.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    private static double[] box(Rectangle2D r) {
        return new double[] {r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()};
    }
}
