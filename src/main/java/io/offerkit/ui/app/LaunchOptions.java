package io.offerkit.ui.app;

import io.offerkit.ui.look.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the app was started with: {@code --open=FILE}, {@code --screenshot=FILE.png} and {@code --section=NAME} (the
 * section shown first, so screenshots of every section can be taken); a bare {@code *.offerkit} path opens that
 * project; anything else is ignored.
 */
public record LaunchOptions(Optional<Path> open, Optional<Path> screenshot, Optional<String> section) {

    private static final List<String> OPTIONS = List.of("--open=", "--screenshot=", "--section=", "--zoom=", "--inspect=", "--theme=",
            "--print-startup");

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
        for (String arg : args) {
            if (arg.startsWith("--open=")) {
                open = Path.of(arg.substring("--open=".length()));
            } else if (arg.startsWith("--screenshot=")) {
                screenshot = Path.of(arg.substring("--screenshot=".length()));
            } else if (arg.startsWith("--section=")) {
                section = arg.substring("--section=".length());
            } else if (isProjectFile(arg)) {
                open = Path.of(arg);
            }
        }
        return new LaunchOptions(Optional.ofNullable(open), Optional.ofNullable(screenshot), Optional.ofNullable(section));
    }

    /** {@code --zoom=N}: the logo previews' magnification at start (for screenshots of the pixel view). */
    public static OptionalInt zoom(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--zoom=")).map(a -> a.substring("--zoom=".length()))
                .filter(v -> v.matches("[1-8]")).mapToInt(Integer::parseInt).findFirst();
    }

    /** {@code --theme=system|light|dark}: the theme for this run only (screenshots of both); not remembered. */
    public static Optional<Theme> theme(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--theme=")).map(a -> a.substring("--theme=".length()))
                .map(Theme::named).flatMap(Optional::stream).findFirst();
    }

    /** {@code --print-startup}: print the milliseconds from process start to the first shown window, then exit. */
    public static boolean printStartup(List<String> args) {
        return args.contains("--print-startup");
    }

    /** {@code --inspect=PATH} (repeatable): files, folders or bundles listed in "Check sizes" at start. */
    public static List<Path> inspect(List<String> args) {
        return args.stream().filter(a -> a.startsWith("--inspect=")).map(a -> Path.of(a.substring("--inspect=".length())))
                .toList();
    }
}
