package io.offerkit.ui.app;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Starting the window toolkit, and saying in one line why it did not start. On Linux JavaFX needs an X display and
 * GTK 3; without them it dies with a stack trace from its own internals ("Unable to open DISPLAY", "Unable to load
 * glass GTK library"), which tells a person neither what is missing nor what to install.
 */
public final class DesktopStart {
    /** JavaFX's own logger; held so its filter is not garbage-collected with a weak logger reference. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private DesktopStart() {
    }

    /**
     * Leaves out JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning:
     * {@code java -jar offerkit.jar} runs JavaFX from the class path on purpose (see {@code Main}), and the warning
     * on every start reads like an error to the user. Other JavaFX warnings pass.
     */
    public static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * The line to print when {@code failure} is the toolkit failing to start (thrown from its window system layer,
     * {@code com.sun.glass}); empty for any other failure, which is a bug and keeps its stack trace.
     */
    public static Optional<String> whyNotStarted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (fromToolkit(t)) {
                return Optional.of(explain(String.valueOf(t.getMessage())));
            }
        }
        return Optional.empty();
    }

    static String explain(String toolkitMessage) {
        if (toolkitMessage.contains("DISPLAY")) {
            return "OfferKit cannot open its window: there is no display (DISPLAY is not set). Start it in a desktop"
                    + " session, or on a server without one run it under xvfb-run: xvfb-run -a java -jar offerkit.jar";
        }
        if (toolkitMessage.contains("GTK")) {
            return "OfferKit cannot open its window: GTK 3 is not installed. Install it (Debian, Ubuntu: sudo apt-get"
                    + " install libgtk-3-0; Fedora: sudo dnf install gtk3), or on a server run it under xvfb-run.";
        }
        return "OfferKit cannot open its window: the desktop toolkit did not start (" + toolkitMessage.strip()
                + "). On Linux it needs a desktop session with GTK 3 (sudo apt-get install libgtk-3-0).";
    }

    private static boolean fromToolkit(Throwable t) {
        StackTraceElement[] stack = t.getStackTrace();
        return stack.length > 0 && stack[0].getClassName().startsWith("com.sun.glass.");
    }
}
