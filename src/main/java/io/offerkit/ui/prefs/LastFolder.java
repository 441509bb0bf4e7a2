package io.offerkit.ui.prefs;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The folder every file chooser of the app starts in: the one the user last chose a file or folder from, in any
 * section, remembered across runs in the user's preferences. Until the app gives it the preferences (tests never do)
 * choosers start where the platform starts them and nothing is remembered.
 */
public final class LastFolder {
    private static volatile UserPreferences preferences;

    private LastFolder() {
    }

    public static void use(UserPreferences prefs) {
        preferences = prefs;
    }

    static Optional<File> folder() {
        UserPreferences prefs = preferences;
        return prefs == null ? Optional.empty() : prefs.lastFolder().map(Path::toFile);
    }

    /** Starts the chooser in the last folder, unless it was given a folder of its own. */
    public static FileChooser in(FileChooser chooser) {
        if (chooser.getInitialDirectory() == null) {
            folder().ifPresent(chooser::setInitialDirectory);
        }
        return chooser;
    }

    public static DirectoryChooser in(DirectoryChooser chooser) {
        if (chooser.getInitialDirectory() == null) {
            folder().ifPresent(chooser::setInitialDirectory);
        }
        return chooser;
    }

    /** Remembers the folder of what the user chose (null when the chooser was cancelled); returns it unchanged. */
    public static File remember(File chosen) {
        UserPreferences prefs = preferences;
        if (chosen != null && prefs != null) {
            prefs.rememberFolderOf(chosen.toPath());
        }
        return chosen;
    }

    public static List<File> remember(List<File> chosen) {
        if (chosen != null && !chosen.isEmpty()) {
            remember(chosen.get(0));
        }
        return chosen;
    }
}
