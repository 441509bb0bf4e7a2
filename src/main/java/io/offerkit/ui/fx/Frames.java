package io.offerkit.ui.fx;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Waiting for a scene's frames: start-up does its later work once the first one is out. */
public final class Frames {
    private Frames() {
    }

    /**
     * Completes on the FX thread right after the scene's next pulse (asked for now): its CSS and layout are done and
     * its frame goes to the renderer, so work done from here no longer holds that frame back.
     */
    public static CompletableFuture<Void> next(Scene scene) {
        return whenTrue(scene, () -> true);
    }

    /**
     * Completes on the FX thread right after the first pulse, from now on, after which {@code condition} holds: the
     * start-up's "usable" moment (the shown section done with its work), checked once per frame, never by a timer.
     */
    public static CompletableFuture<Void> whenTrue(Scene scene, BooleanSupplier condition) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (condition.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                Platform.runLater(() -> done.complete(null));
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
        return done;
    }
}
