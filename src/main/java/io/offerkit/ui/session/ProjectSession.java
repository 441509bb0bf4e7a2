package io.offerkit.ui.session;

import io.offerkit.check.MediaFacts;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.FileStamp;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.fx.Messages;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The project being edited: the current {@link Project} value, the profile it targets, the file it lives in and
 * whether it differs from that file. Every edit replaces the value, so undo and redo are stacks of earlier values.
 */
public final class ProjectSession {
    private static final int HISTORY_LIMIT = 500;

    private final ProfileRegistry registry;
    private final WorkingCopies workingCopies = new WorkingCopies();
    private final MediaFacts mediaFacts = MediaFacts.fromDisk();
    private volatile CompletableFuture<?> mediaReading = CompletableFuture.completedFuture(null);
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final Deque<Project> undo = new ArrayDeque<>();
    private final Deque<Project> redo = new ArrayDeque<>();
    private Project saved;
    /** The project file's bytes as this session last read or wrote them: a save over someone else's change is refused. */
    private FileStamp stamp;
    /** The burst the last edit belonged to; a further edit of the same burst joins its undo step. */
    private Object lastBurst;

    public ProjectSession(ProfileRegistry registry) {
        this.registry = registry;
        replace(Project.empty(registry.defaultProfile().id()), null);
    }

    public ProfileRegistry registry() {
        return registry;
    }

    /**
     * The reduced copies of this session's images that previews render from, decoded once per file version: the
     * start-up's loader fills in the logo's while the window is still being built, the live logos render from them.
     */
    public WorkingCopies workingCopies() {
        return workingCopies;
    }

    /**
     * What the checklist knows of this session's captures (their size and format), each decoded once per file version:
     * the start-up's loader reads them on its worker, so the checklist's first evaluation, on the FX thread, finds
     * them known (decoding the demo's captures there held the opening window up by a quarter of a second).
     */
    public MediaFacts mediaFacts() {
        return mediaFacts;
    }

    /** Done once {@link #mediaFacts} holds the captures the project names (at once, unless start-up still reads them). */
    public CompletableFuture<?> mediaReading() {
        return mediaReading;
    }

    /** Start-up reads the captures into {@link #mediaFacts} on a worker; {@code reading} completes when it is done. */
    public void readingMedia(CompletableFuture<?> reading) {
        mediaReading = reading;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public Project project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public Profile profile() {
        return profile.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /**
     * Whether the project differs from what its file holds (or from the empty start) right now; unlike
     * {@link #isDirty()} already true inside a listener of {@link #projectProperty()}, where the flag has not caught up.
     */
    public boolean differsFromSaved() {
        return !Objects.equals(saved, project.get());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Applies one edit; an edit that changes nothing leaves the history alone. */
    public void update(UnaryOperator<Project> edit) {
        update(edit, null);
    }

    /**
     * Applies one edit that may belong to a burst (the keystrokes of one typing run): consecutive edits with the same
     * non-null {@code burst} make one undo step, so Undo takes back a run of typing rather than one character.
     */
    public void update(UnaryOperator<Project> edit, Object burst) {
        Project next = edit.apply(project.get());
        if (Objects.equals(next, project.get())) {
            return;
        }
        boolean joins = burst != null && burst.equals(lastBurst) && !undo.isEmpty();
        if (!joins) {
            undo.push(project.get());
            if (undo.size() > HISTORY_LIMIT) {
                undo.removeLast();
            }
        }
        lastBurst = burst;
        redo.clear();
        show(next);
    }

    public void undo() {
        lastBurst = null;
        if (!undo.isEmpty()) {
            redo.push(project.get());
            show(undo.pop());
        }
    }

    public void redo() {
        lastBurst = null;
        if (!redo.isEmpty()) {
            undo.push(project.get());
            show(redo.pop());
        }
    }

    /** Starts an empty project for the default profile, not yet saved anywhere. */
    public void newProject() {
        newProject(registry.defaultProfile().id());
    }

    /** Starts an empty project for the offer type {@code profileId} (a profile of the registry), not yet saved anywhere. */
    public void newProject(String profileId) {
        if (registry.find(profileId).isEmpty()) {
            throw new IllegalArgumentException("unknown profile " + profileId);
        }
        replace(Project.empty(profileId), null);
    }

    /** Opens a project file; on failure the current project stays as it was. */
    public void open(Path path) throws ProjectException {
        ProjectFiles.Opened opened = readKnown(path);
        replace(opened.project(), path.toAbsolutePath());
        stamp = opened.stamp();
    }

    private ProjectFiles.Opened readKnown(Path path) throws ProjectException {
        ProjectFiles.Opened opened = ProjectFiles.open(path);
        Project read = opened.project();
        if (registry.find(read.profileId()).isEmpty()) {
            throw new ProjectException(Messages.format("project.unknownProfile", path.getFileName(), read.profileId(),
                    String.join(", ", registry.ids())));
        }
        return opened;
    }

    public void save() throws ProjectException {
        if (file.get() == null) {
            throw new ProjectException(Messages.text("project.noFile"));
        }
        saveAs(file.get());
    }

    /**
     * Saves to {@code path}. Over the project's own file, a save is refused with
     * {@link io.offerkit.project.ProjectChangedOnDiskException} when another program changed that file since this
     * session read or saved it (nothing is written; see {@link #overwrite()} and {@link #saveAside()}).
     */
    public void saveAs(Path path) throws ProjectException {
        boolean ownFile = file.get() != null && file.get().equals(path.toAbsolutePath());
        write(path, ownFile ? stamp : null);
    }

    /** Saves over the project's file even though another program changed it: the user chose to replace that change. */
    public void overwrite() throws ProjectException {
        if (file.get() == null) {
            throw new ProjectException(Messages.text("project.noFile"));
        }
        write(file.get(), null);
    }

    /**
     * Keeps both versions: this session's work is saved beside the project file ("name (mine).offerkit") and goes on
     * there; the file another program changed is left as it is.
     *
     * @return where the work was saved
     */
    public Path saveAside() throws ProjectException {
        if (file.get() == null) {
            throw new ProjectException(Messages.text("project.noFile"));
        }
        Path aside = ProjectFiles.asideOf(file.get());
        write(aside, null);
        return aside;
    }

    private void write(Path path, FileStamp expected) throws ProjectException {
        Project current = project.get();
        FileStamp written = ProjectFiles.write(current, path, expected);
        file.set(path.toAbsolutePath());
        stamp = written;
        saved = current;
        refreshFlags();
    }

    /** How the project file on disk compares with what this session last read or wrote (UNCHANGED when it has none). */
    public FileStamp.Change diskChange() {
        if (file.get() == null || stamp == null) {
            return FileStamp.Change.UNCHANGED;
        }
        return stamp.compare(file.get());
    }

    /**
     * Reads the project file again after another program changed it. The version shown until now stays one Undo
     * away, so nothing is lost; the file's version becomes the saved state.
     */
    public void reloadFromDisk() throws ProjectException {
        Path path = file.get();
        if (path == null) {
            return;
        }
        ProjectFiles.Opened opened = readKnown(path);
        lastBurst = null;
        if (!Objects.equals(opened.project(), project.get())) {
            undo.push(project.get());
            redo.clear();
        }
        saved = opened.project();
        stamp = opened.stamp();
        show(opened.project());
    }

    private void replace(Project value, Path path) {
        lastBurst = null;
        undo.clear();
        redo.clear();
        saved = value;
        stamp = null;
        file.set(path);
        show(value);
    }

    private void show(Project value) {
        Profile target = registry.find(value.profileId()).orElse(registry.defaultProfile());
        if (!Objects.equals(target, profile.get())) {
            profile.set(target);
        }
        project.set(value);
        refreshFlags();
    }

    private void refreshFlags() {
        dirty.set(!Objects.equals(saved, project.get()));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
