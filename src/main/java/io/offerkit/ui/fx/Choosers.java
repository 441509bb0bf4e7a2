package io.offerkit.ui.fx;

import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.ui.prefs.LastFolder;
import java.io.File;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The app's file choosers: titled, filtered, and starting in (and remembering) the last folder used. */
public final class Choosers {
    private Choosers() {
    }

    /** A chooser of files matching {@code pattern} ("*.zip"), described as {@code filter}. */
    public static FileChooser files(String title, String filter, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        return chooser;
    }

    /** A chooser of the image files OfferKit reads, with "All files" beside them (a logo may lack its extension). */
    public static FileChooser images(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("chooser.filter.images"), ImageFormats.FILE_PATTERNS),
                new FileChooser.ExtensionFilter(Messages.text("chooser.filter.all"), "*.*"));
        return chooser;
    }

    /** The file to open, or null when the user cancelled. */
    public static File open(FileChooser chooser, Window owner) {
        return LastFolder.remember(LastFolder.in(chooser).showOpenDialog(owner));
    }

    /** The files to open (several may be chosen at once), or null when the user cancelled. */
    public static List<File> openMany(FileChooser chooser, Window owner) {
        List<File> files = LastFolder.in(chooser).showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            LastFolder.remember(files.get(0));
        }
        return files;
    }

    /** The file to write, or null when the user cancelled. */
    public static File save(FileChooser chooser, Window owner) {
        return LastFolder.remember(LastFolder.in(chooser).showSaveDialog(owner));
    }

    /** A folder, or null when the user cancelled. */
    public static File folder(String title, Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return LastFolder.remember(LastFolder.in(chooser).showDialog(owner));
    }
}
