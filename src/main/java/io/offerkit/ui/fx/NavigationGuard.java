package io.offerkit.ui.fx;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.web.WebEngine;

/**
 * Keeps a WebView on the content OfferKit loads into it (the description's preview, the store preview): when the engine goes to a real address (a link, a refresh,
 * a base URL — none of which the sanitized page can contain), the preview page is put back at once. Content loaded
 * with {@code loadContent} has no address.
 *
 * <p>Why not cancel the load: cancelling the load worker while WebKit is receiving data crashed the JVM in
 * {@code URLLoader.twkDidReceiveData} (JavaFX 21.0.11, Monocle); loading our own page later supersedes it safely.
 */
public final class NavigationGuard {
    private NavigationGuard() {
    }

    public static void install(WebEngine engine, Supplier<String> ownPage) {
        engine.locationProperty().addListener((obs, old, now) -> {
            if (!isOwnContent(now)) {
                Platform.runLater(() -> engine.loadContent(ownPage.get()));
            }
        });
    }

    public static boolean isOwnContent(String location) {
        return location == null || location.isEmpty() || location.equals("about:blank");
    }
}
