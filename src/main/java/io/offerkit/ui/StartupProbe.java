package io.offerkit.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code --print-startup}: prints the milliseconds from the start of the process (as the operating system records
 * it) to the first pulse after the window is shown, i.e. its first frame, then exits. The bench's bare JavaFX window
 * uses the same probe, so the two figures are taken the same way.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Call before {@code stage.show()}. */
    public static void printWhenShown(Stage stage, IntConsumer exit) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Scene scene = stage.getScene();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                // The layout of this pulse is done; the frame is rendered right after it, so report on the next turn.
                Platform.runLater(() -> {
                    System.out.println("startup-ms=" + millisSinceProcessStart());
                    exit.accept(0);
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
    }

    static long millisSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow(
                () -> new IllegalStateException("the operating system does not report the process start time"));
        return Duration.between(start, Instant.now()).toMillis();
    }
}
