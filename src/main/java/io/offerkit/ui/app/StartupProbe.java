package io.offerkit.ui.app;

import io.offerkit.common.StartupTimeline;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code --print-startup}: prints the milliseconds from the start of the process (as the operating system records
 * it) to the first pulse after the window is shown, i.e. its first frame, then exits. The bench's bare JavaFX window
 * uses the same probe, so the two figures are taken the same way. OfferKit's first frame is its shell; it goes on to
 * print when the opened project's sections are first drawn ({@link #printAtNextFrame}).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Call before {@code stage.show()}. */
    public static void printWhenShown(Stage stage, IntConsumer exit) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> printAtNextFrame(stage.getScene(), "startup", exit));
    }

    /** Prints {@code NAME-ms=N} at the scene's next frame (the first pulse from now), then calls {@code then}. */
    public static void printAtNextFrame(Scene scene, String name, IntConsumer then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // The layout of this pulse is done; the frame is rendered right after it, so report on the next turn.
            Platform.runLater(() -> {
                long millis = millisSinceProcessStart();
                StartupTimeline.mark(name + "-frame");
                System.out.println(name + "-ms=" + millis);
                if (!"startup".equals(name) && !"shell".equals(name)) {
                    System.out.print(StartupTimeline.lines());
                }
                then.accept(0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    static long millisSinceProcessStart() {
        long millis = StartupTimeline.millisSinceProcessStart();
        if (millis < 0) {
            throw new IllegalStateException("the operating system does not report the process start time");
        }
        return millis;
    }
}
