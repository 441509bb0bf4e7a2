package io.offerkit.ui;

import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.RecoveryFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps unsaved work safe: {@link #DELAY} after the last edit the project is written to its recovery file (on the
 * scheduler's thread, never the FX thread); saving, going back to the saved state and a clean exit remove it. On
 * start the app asks {@link #pending()} whether there is work to restore.
 */
public final class Autosave {
    public static final Duration DELAY = Duration.ofSeconds(5);

    /** Unsaved work found on start: for the project file (or null: the untitled project). */
    public record Recovery(Path projectFile, Project project) {
    }

    private final ProjectSession session;
    private final RecoveryFiles files;
    private final Scheduler scheduler;
    private Scheduler.Pending pending;
    private Path lastFile;
    private boolean justOpened;

    public Autosave(ProjectSession session, RecoveryFiles files, Scheduler scheduler) {
        this.session = session;
        this.files = files;
        this.scheduler = scheduler;
    }

    /**
     * Starts following the session's edits. Called after the start-up project is open and any recovery offered.
     * ProjectSession sets the file, then the project, then the dirty flag; the listeners rely only on that order.
     */
    public void start() {
        lastFile = session.file();
        session.fileProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                clearLater(old); // opened another project or saved under a new name: the old recovery belongs to nothing
            }
        });
        session.projectProperty().addListener((obs, old, now) -> edited());
        // Clean again: saved (the project file is now newer), undone to the saved state (the recovery holds what the
        // file holds) or another project opened (its own newer recovery, if any, is kept for the next offer).
        session.dirtyProperty().addListener((obs, was, now) -> {
            if (!now) {
                Path file = session.file();
                cancelPending();
                if (justOpened) {
                    scheduler.schedule(Duration.ZERO, () -> files.clearIfStale(file));
                } else {
                    clearLater(file);
                }
            }
        });
    }

    private void edited() {
        cancelPending();
        Path file = session.file();
        justOpened = !Objects.equals(file, lastFile);
        lastFile = file;
        if (justOpened) {
            return; // a project just opened or saved as: nothing unsaved yet
        }
        Project snapshot = session.project(); // an immutable value: safe to write from another thread
        pending = scheduler.schedule(DELAY, () -> {
            try {
                files.write(snapshot, file);
            } catch (ProjectException e) {
                // The project in memory is intact; the next edit tries again.
            }
        });
    }

    private void clearLater(Path file) {
        cancelPending();
        scheduler.schedule(Duration.ZERO, () -> files.clear(file));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** On a clean exit (saved, or the user chose not to save): nothing is left to recover. */
    public void cleanExit() {
        cancelPending();
        files.clear(session.file());
    }

    /** Unsaved work newer than the open project (or of the untitled project), if any. */
    public Optional<Recovery> pending() {
        Path file = session.file();
        Optional<Recovery> own = files.newerThan(file).map(p -> new Recovery(file, p));
        if (own.isPresent() || file == null) {
            return own;
        }
        return files.newerThan(null).map(p -> new Recovery(null, p));
    }

    /** Brings the unsaved work back as an edit: the project shows as unsaved and Undo returns to the saved one. */
    public void restore(Recovery recovery) {
        if (recovery.projectFile() == null && session.file() != null) {
            session.newProject();
        }
        session.update(p -> recovery.project());
    }

    public void discard(Recovery recovery) {
        files.clear(recovery.projectFile());
    }
}
