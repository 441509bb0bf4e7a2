package io.offerkit.ui.app;

import io.offerkit.ui.look.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the app was started with, read once from its arguments: {@code --open=FILE} (or a bare {@code *.offerkit}
 * path, what a file manager passes), {@code --screenshot=FILE.png}, {@code --section=NAME} (the section shown first,
 * so screenshots of every section can be taken), {@code --zoom=N} (the logo previews' magnification, 1-8),
 * {@code --theme=system|light|dark} (this run only, not remembered), {@code --print-startup} (print the start-up
 * times, then exit) and {@code --inspect=PATH} (repeatable: files listed in Check sizes). Anything else is ignored.
 */
public record LaunchOptions(Optional<Path> open, Optional<Path> screenshot, Optional<String> section, OptionalInt zoom,
                            Optional<Theme> theme, boolean printStartup, List<Path> inspect) {

    private static final List<String> OPTIONS = List.of("--open=", "--screenshot=", "--section=", "--zoom=", "--inspect=", "--theme=",
            "--print-startup");

    public LaunchOptions {
        inspect = List.copyOf(inspect);
    }

    /**
     * Whether these arguments start the app rather than the command line: none at all, only the app's own options,
     * or a project file (what a file manager passes when the user double-clicks one).
     */
    public static boolean startsTheApp(List<String> args) {
        return args.stream().allMatch(a -> OPTIONS.stream().anyMatch(a::startsWith) || isProjectFile(a) || a.startsWith("-D"));
    }

    private static boolean isProjectFile(String arg) {
        return !arg.startsWith("-") && arg.endsWith(".offerkit");
    }

    public static LaunchOptions parse(List<String> args) {
        Path open = null;
        Path screenshot = null;
        String section = null;
        OptionalInt zoom = OptionalInt.empty();
        Optional<Theme> theme = Optional.empty();
        List<Path> inspect = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--open=")) {
                open = Path.of(value(arg));
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(value(arg));
            } else if (arg.startsWith("--section=")) {
                section = value(arg);
            } else if (arg.startsWith("--zoom=") && zoom.isEmpty() && value(arg).matches("[1-8]")) {
                zoom = OptionalInt.of(Integer.parseInt(value(arg)));
            } else if (arg.startsWith("--theme=") && theme.isEmpty()) {
                theme = Theme.named(value(arg));
            } else if (arg.startsWith("--inspect=")) {
                inspect.add(Path.of(value(arg)));
            } else if (isProjectFile(arg)) {
                open = Path.of(arg);
            }
        }
        return new LaunchOptions(Optional.ofNullable(open), Optional.ofNullable(screenshot), Optional.ofNullable(section),
                zoom, theme, args.contains("--print-startup"), inspect);
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }
}
