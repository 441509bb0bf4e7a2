package io.offerkit.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    @TempDir
    Path dir;

    @Test
    void aWindowClosedMaximizedKeepsItsNormalSizeForLater(FxRobot robot) {
        WindowBounds saved = closedAfter(robot, stage -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(700);
            stage.setHeight(500);
            stage.setMaximized(true);
            // What the window manager does on maximizing: the window fills the screen.
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        assertThat(saved.maximized()).isTrue();
        assertThat(new double[] {saved.x(), saved.y(), saved.width(), saved.height()}).containsExactly(40, 30, 700, 500);
    }

    @Test
    void aNormalWindowIsRememberedWhereItWas(FxRobot robot) {
        WindowBounds saved = closedAfter(robot, stage -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(900);
            stage.setHeight(650);
        });
        assertThat(saved.maximized()).isFalse();
        assertThat(new double[] {saved.x(), saved.y(), saved.width(), saved.height()}).containsExactly(60, 50, 900, 650);
    }

    /** Shows a placed window, lets the user (the test) move it about, closes it and reads what was remembered. */
    private WindowBounds closedAfter(FxRobot robot, Consumer<Stage> moves) {
        UserPreferences prefs = new UserPreferences(dir);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 300, 200));
            WindowPlacement.restore(stage, prefs);
            stage.show();
            moves.accept(stage);
            stage.hide();
        });
        return new UserPreferences(dir).windowBounds().orElseThrow();
    }
}
