package io.offerkit.ui.app;

import io.offerkit.common.StartupTimeline;
import io.offerkit.ui.fx.Frames;
import java.util.function.IntConsumer;
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
        // The layout of that pulse is done when Frames.next completes; the frame is rendered right after it.
        Frames.next(scene).thenRun(() -> {
            long millis = millisSinceProcessStart();
            StartupTimeline.mark(name + "-frame");
            System.out.println(name + "-ms=" + millis);
            then.accept(0);
        });
    }

    /** Prints the start-up timeline's marks ({@code phase NAME=MS THREAD}, one a line), for the bench to read. */
    public static void printTimeline() {
        System.out.print(StartupTimeline.lines());
    }

    static long millisSinceProcessStart() {
        long millis = StartupTimeline.millisSinceProcessStart();
        if (millis < 0) {
            throw new IllegalStateException("the operating system does not report the process start time");
        }
        return millis;
    }
}
