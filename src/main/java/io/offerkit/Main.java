package io.offerkit;

import io.offerkit.cli.OfferKitCommand;
import io.offerkit.ui.LaunchOptions;
import io.offerkit.ui.OfferKitApp;
import java.util.List;
import javafx.application.Application;

/**
 * The entry point of {@code java -jar offerkit.jar} and {@code mvn javafx:run}: with no argument it opens the app,
 * with arguments it runs the command line. A plain class (not an Application subclass) so the JavaFX runtime can
 * start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (LaunchOptions.startsTheApp(List.of(args))) {
            Application.launch(OfferKitApp.class, args);
            return;
        }
        System.exit(OfferKitCommand.run(args));
    }
}
