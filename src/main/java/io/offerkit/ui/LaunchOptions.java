package io.offerkit.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the app was started with: {@code --open=FILE}, {@code --screenshot=FILE.png} and {@code --section=NAME} (the
 * section shown first, so screenshots of every section can be taken); anything else is ignored.
 */
public record LaunchOptions(Optional<Path> open, Optional<Path> screenshot, Optional<String> section) {

    public static LaunchOptions parse(List<String> args) {
        Path open = null;
        Path screenshot = null;
        String section = null;
        for (String arg : args) {
            if (arg.startsWith("--open=")) {
                open = Path.of(arg.substring("--open=".length()));
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            } else if (arg.startsWith("--section=")) {
                section = arg.substring("--section=".length());
            }
        }
        return new LaunchOptions(Optional.ofNullable(open), Optional.ofNullable(screenshot), Optional.ofNullable(section));
    }
}
