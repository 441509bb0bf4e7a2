package io.offerkit.ui.prefs;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

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
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        InvalidationListener track = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.isShowing()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        for (Observable o : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty(), stage.showingProperty())) {
            o.addListener(track);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> remember(stage, normal, prefs));
    }

    /**
     * Records the window's last normal (not maximized) bounds with its maximized state, so a window closed maximized
     * opens maximized again and, when un-maximized, returns to the size the user gave it rather than the screen's.
     */
    private static void remember(Stage stage, double[] normal, UserPreferences prefs) {
        if (Double.isNaN(normal[0]) || Double.isNaN(normal[2])) {
            return; // never laid out as a normal window: nothing worth remembering
        }
        prefs.setWindowBounds(new WindowBounds(normal[0], normal[1], normal[2], normal[3], stage.isMaximized()));
    }

    private static double[] box(Rectangle2D r) {
        return new double[] {r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()};
    }
}
