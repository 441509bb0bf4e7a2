package io.offerkit.ui.handoff;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;

/**
 * Shows a file in the desktop's file manager, where the desktop offers that (Windows Explorer and the macOS Finder
 * select it; elsewhere its folder is opened). Called off the FX thread: the first call starts AWT's desktop support.
 */
final class FileManager {
    private FileManager() {
    }

    /** Whether the file (or its folder) was shown; false where the desktop offers neither. */
    static boolean show(Path file) {
        try {
            if (!Desktop.isDesktopSupported()) {
                return false;
            }
            Desktop desktop = Desktop.getDesktop();
            if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
                desktop.browseFileDirectory(new File(file.toString()));
                return true;
            }
            if (desktop.isSupported(Desktop.Action.OPEN)) {
                desktop.open(new File(file.getParent().toString()));
                return true;
            }
            return false;
        } catch (Exception | LinkageError e) {
            return false; // a headless desktop, no file manager: the caller offers the path instead
        }
    }
}
