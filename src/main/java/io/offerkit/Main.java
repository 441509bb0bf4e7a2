package io.offerkit;

import io.offerkit.cli.OfferKitCommand;
import io.offerkit.common.StartupTimeline;
import io.offerkit.ui.app.DesktopStart;
import io.offerkit.ui.app.LaunchOptions;
import io.offerkit.ui.app.OfferKitApp;
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
            StartupTimeline.mark("main");
            DesktopStart.quietClassPathWarning();
            try {
                Application.launch(OfferKitApp.class, args);
            } catch (RuntimeException | Error e) {
                // No display or no GTK 3: one line on what to do, not the toolkit's stack trace.
                String why = DesktopStart.whyNotStarted(e).orElse(null);
                if (why == null) {
                    throw e; // anything else is a bug: its stack trace is what a report needs
                }
                System.err.println(why);
                System.exit(1);
            }
            return;
        }
        System.exit(OfferKitCommand.run(args));
    }
}
