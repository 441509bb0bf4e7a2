package io.offerkit.ui.shell;

import io.offerkit.ui.prefs.LastFolder;
import java.io.File;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file commands' choosers: titled, filtered, and starting in (and remembering) the last folder used. */
final class Choosers {
    private Choosers() {
    }

    /** A chooser of files matching {@code pattern} ("*.zip"), described as {@code filter}. */
    static FileChooser files(String title, String filter, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        return chooser;
    }

    /** The file to open, or null when the user cancelled. */
    static File open(FileChooser chooser, Window owner) {
        return LastFolder.remember(LastFolder.in(chooser).showOpenDialog(owner));
    }

    /** The file to write, or null when the user cancelled. */
    static File save(FileChooser chooser, Window owner) {
        return LastFolder.remember(LastFolder.in(chooser).showSaveDialog(owner));
    }

    /** A folder, or null when the user cancelled. */
    static File folder(String title, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return LastFolder.remember(LastFolder.in(chooser).showDialog(owner));
    }
}
