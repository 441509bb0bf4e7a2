package io.offerkit.ui.app;

import io.offerkit.ui.fx.FxImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes a PNG of the scene once the window has settled (logos rendered, preview loaded), for the README and CI
 * smoke tests. Settling is polled; a window that never settles is captured anyway after a time limit.
 */
final class Screenshot {
    private static final Duration POLL = Duration.millis(200);
    private static final int MAX_POLLS = 100;
    /** Polls that must see the window settled in a row, so late layout passes and repaints are included. */
    private static final int STABLE_POLLS = 3;

    private Screenshot() {
    }

    static void whenSettled(Scene scene, BooleanSupplier settled, Path file, IntConsumer exit) {
        poll(scene, settled, file, exit, 0, 0);
    }

    private static void poll(Scene scene, BooleanSupplier settled, Path file, IntConsumer exit, int polls, int stable) {
        PauseTransition pause = new PauseTransition(POLL);
        pause.setOnFinished(e -> {
            int nowStable = settled.getAsBoolean() ? stable + 1 : 0;
            if (nowStable >= STABLE_POLLS || polls >= MAX_POLLS) {
                exit.accept(write(scene, file));
            } else {
                poll(scene, settled, file, exit, polls + 1, nowStable);
            }
        });
        pause.play();
    }

    private static int write(Scene scene, Path file) {
        try {
            WritableImage image = scene.snapshot(null);
            Path absolute = file.toAbsolutePath();
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            ImageIO.write(FxImages.toBuffered(image), "png", absolute.toFile());
            System.out.println("Screenshot written to " + absolute);
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not write the screenshot " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
