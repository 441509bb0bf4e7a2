package io.offerkit.ui.session;

import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.RecoveryFiles;
import io.offerkit.ui.fx.Scheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps unsaved work safe: {@link #DELAY} after the last edit (and at least every {@link #MAX_WAIT} while the typing
 * goes on) the project is written to its recovery file, on the scheduler's thread, never the FX thread.
 *
 * <p>A recovery file is removed only when the user decided about its work: saved it, went back to the saved state,
 * chose not to save it (on quitting or opening another project), or discarded it when it was offered. Only the
 * files this session wrote or restored are its to remove; any other is the work of an earlier session that is
 * offered ({@link #pending()}, {@link #pendingFor}) each time its project is opened, until the user answers.
 */
public final class Autosave {
    /** A pause in typing: short, so a crash loses no more than the last moment's keystrokes. */
    public static final Duration DELAY = Duration.ofMillis(1500);
    /** Typing that never pauses for {@link #DELAY} is still written this often. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** Unsaved work found on start: for the project file (or null: the untitled project). */
    public record Recovery(Path projectFile, Project project) {
    }

    private record Snapshot(Path file, Project project) {
    }

    private final ProjectSession session;
    private final RecoveryFiles files;
    private final Scheduler scheduler;
    /** The latest edit not written yet: set on the FX thread, taken by the scheduler's; null when all is written. */
    private final AtomicReference<Snapshot> unwritten = new AtomicReference<>();
    private Scheduler.Pending debounce;
    private Scheduler.Pending deadline;
    /** The project files (null: untitled) whose recovery this session wrote or restored, so may remove. */
    private final Set<Path> owned = new HashSet<>();

    public Autosave(ProjectSession session, RecoveryFiles files, Scheduler scheduler) {
        this.session = session;
        this.files = files;
        this.scheduler = scheduler;
    }

    /** Starts following the session's edits. */
    public void start() {
        session.fileProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(old, now)) {
                // Another project opened (after the user was asked about the unsaved work) or saved under a new
                // name: this session's recovery of the old file belongs to nothing now.
                clearOwned(old);
            }
        });
        session.projectProperty().addListener((obs, old, now) -> edited());
        // Clean again: saved, or undone to the saved state. A project just opened owns nothing here: its recovery
        // from an earlier session stays for the offer.
        session.dirtyProperty().addListener((obs, was, now) -> {
            if (!now) {
                clearOwned(session.file());
            }
        });
    }

    private void edited() {
        if (!session.differsFromSaved()) {
            cancelPending(); // opened, reloaded or undone to the saved state: nothing unsaved to keep
            return;
        }
        Path file = session.file();
        owned.add(file); // the write below replaces whatever recovery this file had
        if (unwritten.getAndSet(new Snapshot(file, session.project())) == null || deadline == null) {
            deadline = scheduler.schedule(MAX_WAIT, this::writeUnwritten);
        }
        if (debounce != null) {
            debounce.cancel();
        }
        debounce = scheduler.schedule(DELAY, this::writeUnwritten);
    }

    /** On the scheduler's thread: the latest edit (an immutable value), whichever of the two waits ran out first. */
    private void writeUnwritten() {
        Snapshot latest = unwritten.getAndSet(null);
        if (latest != null) {
            try {
                files.write(latest.project(), latest.file());
            } catch (ProjectException e) {
                // The project in memory is intact; the next edit tries again.
            }
        }
    }

    /**
     * Removes this session's recovery of {@code file} now and once more after any write still running, so an offer
     * made right after (the same project opened again) does not find it.
     */
    private void clearOwned(Path file) {
        cancelPending();
        if (owned.remove(file)) {
            files.clear(file);
            scheduler.schedule(Duration.ZERO, () -> files.clear(file));
        }
    }

    private void cancelPending() {
        unwritten.set(null);
        for (Scheduler.Pending wait : new Scheduler.Pending[] {debounce, deadline}) {
            if (wait != null) {
                wait.cancel();
            }
        }
        debounce = null;
        deadline = null;
    }

    /**
     * On quitting, after the user saved or chose not to save: this session's recovery files go; one it never
     * touched (work of a crashed session not answered yet) stays for the next start.
     */
    public void cleanExit() {
        List<Path> mine = new ArrayList<>(owned);
        for (Path file : mine) {
            clearOwned(file);
        }
        cancelPending();
    }

    /** At start: unsaved work of the open project, else of the untitled project, if any. */
    public Optional<Recovery> pending() {
        Path file = session.file();
        Optional<Recovery> own = pendingFor(file);
        if (own.isPresent() || file == null) {
            return own;
        }
        return pendingFor(null);
    }

    /**
     * Unsaved work of {@code file} (null: the untitled project) left by an earlier session: newer than the saved
     * project and different from it (or the project file is gone).
     */
    public Optional<Recovery> pendingFor(Path file) {
        return files.newerThan(file).map(p -> new Recovery(file, p));
    }

    /**
     * Brings the unsaved work back as an edit: the project shows as unsaved and Undo returns to the saved one. Work
     * of a project that is gone goes into the open (untitled) project and is kept under that one's recovery at once.
     */
    public void restore(Recovery recovery) {
        if (recovery.projectFile() == null && session.file() != null) {
            session.newProject();
        }
        session.update(p -> recovery.project());
        Path here = session.file();
        owned.add(here);
        if (!Objects.equals(recovery.projectFile(), here)) {
            Snapshot moved = new Snapshot(here, session.project());
            scheduler.schedule(Duration.ZERO, () -> {
                try {
                    files.write(moved.project(), moved.file());
                    files.clear(recovery.projectFile());
                } catch (ProjectException e) {
                    // Left where it was: offered again next time, nothing lost.
                }
            });
        }
    }

    /** The user chose to throw the offered work away. */
    public void discard(Recovery recovery) {
        owned.remove(recovery.projectFile());
        files.clear(recovery.projectFile());
    }
}
