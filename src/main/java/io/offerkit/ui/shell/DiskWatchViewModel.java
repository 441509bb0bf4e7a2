package io.offerkit.ui.shell;

import io.offerkit.project.FileStamp;
import io.offerkit.project.ProjectException;
import io.offerkit.project.SourceWatch;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Files changed by another program while the project is open: the project file itself, and the logos and documents
 * it names. Looked at when the window gets the focus back; what it finds is said in the status line and handed to
 * the listeners (logos, documents, checklist), which read those files again.
 */
public final class DiskWatchViewModel {
    private final StatusMessages status;
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final SourceWatch sources = new SourceWatch();
    private final List<Consumer<SourceWatch.Changes>> listeners = new ArrayList<>();
    private FileStamp.Change lastProjectChange = FileStamp.Change.UNCHANGED;
    private ProjectSession session;

    DiskWatchViewModel(StatusMessages status) {
        this.status = status;
    }

    /** Starts watching the session's project and the files it names (what they are now is not a change). */
    void attach(ProjectSession session) {
        this.session = session;
        // Another project (or the same one saved elsewhere): its files are new to the watch, nothing to report.
        session.fileProperty().addListener((obs, old, now) -> {
            lastProjectChange = FileStamp.Change.UNCHANGED;
            changedOnDisk.set(false);
        });
        sources.look(session.project());
    }

    /**
     * True after another program changed the project file while there were unsaved edits, or after a save was
     * refused for that reason: the window then asks whether to overwrite that change or keep both. Cleared by a
     * successful save.
     */
    public boolean isChangedOnDisk() {
        return changedOnDisk.get();
    }

    /** A save found the file changed by another program ({@code true}), or wrote it ({@code false}). */
    void setChangedOnDisk(boolean changed) {
        changedOnDisk.set(changed);
    }

    /** Told what changed on disk after each {@link #checkFilesOnDisk()} that found something. */
    public void addDiskChangeListener(Consumer<SourceWatch.Changes> listener) {
        listeners.add(listener);
    }

    /**
     * Looks whether the project file or the files it names were changed by another program (called when the window
     * gets the focus). The project file: unchanged edits are replaced by the file's new version (Undo goes back);
     * unsaved edits are kept and the next save asks. Logos and documents: the listeners (logos, documents,
     * checklist) read them again; files that went missing are reported.
     */
    public void checkFilesOnDisk() {
        if (session == null) {
            return; // still opening: nothing read yet that could have changed
        }
        checkProjectFile();
        SourceWatch.Changes changes = sources.look(session.project());
        if (changes.isEmpty()) {
            return;
        }
        if (!changes.missing().isEmpty()) {
            status.error(Messages.format("disk.filesMissing", names(changes.missing()), changes.missing().size()));
        } else {
            List<String> reread = changes.all();
            status.info(Messages.format("disk.filesReread", names(reread), reread.size()));
        }
        for (Consumer<SourceWatch.Changes> listener : listeners) {
            listener.accept(changes);
        }
    }

    private void checkProjectFile() {
        Path file = session.file();
        FileStamp.Change change = session.diskChange();
        if (change != lastProjectChange && file != null) {
            switch (change) {
                case CHANGED -> {
                    if (session.isDirty()) {
                        changedOnDisk.set(true);
                        status.error(Messages.format("disk.projectChangedKeptEdits", file.getFileName()));
                    } else {
                        try {
                            session.reloadFromDisk();
                            change = FileStamp.Change.UNCHANGED;
                            status.info(Messages.format("disk.projectReloaded", file.getFileName()));
                        } catch (ProjectException e) {
                            status.error(Messages.format("disk.projectUnreadable", file.getFileName(), e.getMessage()));
                            changedOnDisk.set(true);
                        }
                    }
                }
                case MISSING -> status.error(Messages.format("disk.projectMissing", file.getFileName()));
                case UNCHANGED -> {
                }
            }
        }
        lastProjectChange = change;
    }

    private static String names(List<String> paths) {
        return paths.stream().map(p -> String.valueOf(Path.of(p).getFileName())).collect(Collectors.joining(", "));
    }
}
