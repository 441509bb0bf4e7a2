package io.offerkit.ui.shell;

import io.offerkit.project.MissingFiles;
import io.offerkit.project.Project;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.List;

/**
 * Relinking a project whose source files moved: which are missing, and pointing one at its new place, optionally
 * looking in that folder for the others too. Each relink is one undoable edit.
 */
public final class RelinkViewModel {
    private final ProjectSession session;
    private final StatusMessages status;

    public RelinkViewModel(ProjectSession session, StatusMessages status) {
        this.session = session;
        this.status = status;
    }

    public List<MissingFiles.Missing> missing() {
        return MissingFiles.of(session.project());
    }

    /** Points {@code missing} at {@code newFile}; returns how many files are still missing afterwards. */
    public int relink(MissingFiles.Missing missing, Path newFile, boolean lookInTheSameFolder) {
        int before = missing().size();
        session.update(p -> {
            Project relinked = MissingFiles.relink(p, missing.path(), newFile);
            Path folder = newFile.toAbsolutePath().getParent();
            return lookInTheSameFolder && folder != null ? MissingFiles.lookIn(relinked, folder) : relinked;
        });
        int after = missing().size();
        int found = before - after;
        status.info(after == 0 ? Messages.format("relink.done", found) : Messages.format("relink.partly", found, after));
        return after;
    }
}
