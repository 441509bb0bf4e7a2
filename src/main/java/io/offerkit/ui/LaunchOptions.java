package io.offerkit.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the app was started with: {@code --open=FILE} and {@code --screenshot=FILE.png}; anything else is ignored. */
public record LaunchOptions(Optional<Path> open, Optional<Path> screenshot) {

    public static LaunchOptions parse(List<String> args) {
        Path open = null;
        Path screenshot = null;
        for (String arg : args) {
            if (arg.startsWith("--open=")) {
                open = Path.of(arg.substring("--open=".length()));
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            }
        }
        return new LaunchOptions(Optional.ofNullable(open), Optional.ofNullable(screenshot));
    }
}
