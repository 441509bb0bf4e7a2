package io.offerkit.ui.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which project a start opens: the one named on the command line; else the one open when the app last ran (the
 * newest of File > Open Recent); the demo only on the very first start, when there is no last project yet.
 */
public record StartProject(Kind kind, Path file) {
    public enum Kind {
        /** {@code --open=FILE} or a project file passed by the file manager. */
        NAMED,
        /** The project open when the app last ran. */
        LAST,
        /** Nothing opened before: the demo ({@code file} is null). */
        FIRST_START,
        /** The last project was moved or deleted since: said so, and an empty project opens instead. */
        LAST_GONE
    }

    /** The demo, whatever was open last. */
    public static StartProject demo() {
        return new StartProject(Kind.FIRST_START, null);
    }

    public static StartProject choose(Optional<Path> named, RecentProjects recent) {
        if (named.isPresent()) {
            return new StartProject(Kind.NAMED, named.get());
        }
        List<Path> projects = recent.list();
        if (projects.isEmpty()) {
            return demo();
        }
        Path last = projects.get(0);
        return new StartProject(RecentProjects.exists(last) ? Kind.LAST : Kind.LAST_GONE, last);
    }
}
