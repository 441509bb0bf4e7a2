package io.offerkit.ui.description;

import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;

/**
 * Keeps the preview on the content OfferKit loads into it: any load of a real address (a link, a refresh, a base
 * URL) is cancelled as soon as it is scheduled. Content loaded with {@code loadContent} has no address.
 */
final class NavigationGuard {
    private NavigationGuard() {
    }

    static void install(WebEngine engine) {
        engine.getLoadWorker().stateProperty().addListener((obs, old, now) -> {
            if ((now == Worker.State.SCHEDULED || now == Worker.State.RUNNING) && !isOwnContent(engine.getLocation())) {
                engine.getLoadWorker().cancel();
            }
        });
    }

    static boolean isOwnContent(String location) {
        return location == null || location.isEmpty() || location.equals("about:blank");
    }
}
