package io.offerkit.ui.shell;

import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.ExportTarget;
import io.offerkit.bundle.Exporter;
import io.offerkit.bundle.ToolVersion;
import io.offerkit.profile.Profile;
import io.offerkit.project.FileStamp;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectChangedOnDiskException;
import io.offerkit.project.ProjectException;
import io.offerkit.project.SourceWatch;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

/**
 * The main window's state: title, section, status line, profile line, and the file and export commands. At start-up
 * it exists before its session (the profiles are still being read off the FX thread): until {@link #attach} the title
 * is the app's name, the profile line is empty and there is nothing to undo.
 */
public final class ShellViewModel {
    private static final String APP_NAME = "OfferKit";

    private final ReadOnlyObjectWrapper<ProjectSession> attached = new ReadOnlyObjectWrapper<>(this, "session");
    /** {@code attached}'s value, for the commands (which the menu only offers once it is set). */
    private ProjectSession session;
    private final StatusMessages status;
    private final WorkerPool executor;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.LOGOS);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper(this, "profileText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Task<Path> export;
    private final ReadOnlyBooleanWrapper changedOnDisk = new ReadOnlyBooleanWrapper(this, "changedOnDisk");
    private final SourceWatch sources = new SourceWatch();
    private final List<Consumer<SourceWatch.Changes>> diskListeners = new ArrayList<>();
    private FileStamp.Change lastProjectChange = FileStamp.Change.UNCHANGED;
    private ObservableValue<LintSettings> lints = new SimpleObjectProperty<>(LintSettings.defaults());

    public ShellViewModel(ProjectSession session, StatusMessages status, WorkerPool executor) {
        this(status, executor);
        attach(session);
    }

    /** The model of a window whose session is still being made; {@link #attach} it when it is. */
    public ShellViewModel(StatusMessages status, WorkerPool executor) {
        this.status = status;
        this.executor = executor;
    }

    /** Gives the window its session (once): the title, the profile line and Undo/Redo follow it from now on. */
    public void attach(ProjectSession session) {
        if (this.session != null) {
            throw new IllegalStateException("the window already has its session");
        }
        this.session = session;
        attached.set(session);
        title.bind(Bindings.createStringBinding(() -> title(session.project(), session.file(), session.isDirty()),
                session.projectProperty(), session.fileProperty(), session.dirtyProperty()));
        profileText.bind(Bindings.createStringBinding(() -> profileText(session.profile()), session.profileProperty()));
        canUndo.bind(session.canUndoProperty());
        canRedo.bind(session.canRedoProperty());
        // Another project (or the same one saved elsewhere): its files are new to the watch, nothing to report.
        session.fileProperty().addListener((obs, old, now) -> {
            lastProjectChange = FileStamp.Change.UNCHANGED;
            changedOnDisk.set(false);
        });
        sources.look(session.project());
    }

    /** "Contoso Route Planner* — OfferKit": the app's name, else the file's, else "Untitled"; * while unsaved. */
    public static String title(Project project, Path file, boolean dirty) {
        String name = !project.appName().isBlank() ? project.appName().strip()
                : file != null ? String.valueOf(file.getFileName()) : Messages.text("app.untitled");
        return Messages.format(dirty ? "app.title.unsaved" : "app.title", name);
    }

    public static String profileText(Profile profile) {
        return profile.sourceDate().map(d -> Messages.format("status.profile", profile.title(), d.toString())).orElse(profile.title());
    }

    public ReadOnlyStringProperty titleBinding() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty profileTextBinding() {
        return profileText.getReadOnlyProperty();
    }

    /** Whether Edit > Undo has a step to take back; false until the session is attached. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The session, or null while the window is still opening (before {@link #attach}). */
    public ProjectSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<ProjectSession> sessionProperty() {
        return attached.getReadOnlyProperty();
    }

    public StatusMessages status() {
        return status;
    }

    public void newProject() {
        session.newProject();
        status.info(Messages.format("status.newProject", session.profile().title()));
    }

    /** Targets another requirement profile; the checklist, slots and limits follow at once (undo goes back). */
    public void useProfile(String profileId) {
        session.update(p -> p.withProfileId(profileId));
        status.info(Messages.format("status.profileUsed", session.profile().title()));
    }

    /** Loads a profile file of the user's own and targets it; returns the error to show when it is not valid. */
    public Optional<String> loadProfile(Path file) {
        try {
            Profile loaded = session.registry().load(file);
            useProfile(loaded.id());
            return Optional.empty();
        } catch (io.offerkit.profile.ProfileException e) {
            status.error(Messages.format("status.profileNotLoaded", e.getMessage()));
            return Optional.of(e.getMessage());
        }
    }

    /** Opens a project; returns the error to show when it cannot be read (the current project stays). */
    public Optional<String> open(Path file) {
        try {
            session.open(file);
            status.info(Messages.format("status.opened", file.getFileName()));
            return Optional.empty();
        } catch (ProjectException e) {
            status.error(Messages.format("status.openFailed", file.getFileName(), e.getMessage()));
            return Optional.of(e.getMessage());
        }
    }

    /** Saves to the project's file; false when it has none yet (the caller asks where, then calls saveAs). */
    public boolean save() {
        if (session.file() == null) {
            return false;
        }
        return saveAs(session.file());
    }

    public boolean saveAs(Path file) {
        try {
            session.saveAs(file);
            changedOnDisk.set(false);
            status.info(Messages.format("status.saved", file.getFileName()));
            return true;
        } catch (ProjectChangedOnDiskException e) {
            changedOnDisk.set(true);
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        } catch (ProjectException e) {
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        }
    }

    /**
     * True after a save was refused because another program changed the project file: the window then asks whether
     * to {@link #overwrite()} that change or {@link #saveAside()} (keep both). Cleared by a successful save.
     */
    public ReadOnlyBooleanProperty changedOnDiskProperty() {
        return changedOnDisk.getReadOnlyProperty();
    }

    public boolean isChangedOnDisk() {
        return changedOnDisk.get();
    }

    /** Replaces the other program's change with this session's project (the user chose so). */
    public boolean overwrite() {
        try {
            session.overwrite();
            changedOnDisk.set(false);
            status.info(Messages.format("status.savedReplacing", session.file().getFileName()));
            return true;
        } catch (ProjectException e) {
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        }
    }

    /** Keeps both: saves this session's project beside the changed file and goes on editing there. */
    public boolean saveAside() {
        Path theirs = session.file();
        try {
            Path mine = session.saveAside();
            changedOnDisk.set(false);
            status.info(Messages.format("status.savedAside", mine.getFileName(), theirs.getFileName()));
            return true;
        } catch (ProjectException e) {
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        }
    }

    /** Told what changed on disk after each {@link #checkFilesOnDisk()} that found something. */
    public void addDiskChangeListener(Consumer<SourceWatch.Changes> listener) {
        diskListeners.add(listener);
    }

    /**
     * Looks whether the project file or the files it names were changed by another program (called when the window
     * gets the focus, and before an export). The project file: unchanged edits are replaced by the file's new
     * version (Undo goes back); unsaved edits are kept and the next save asks. Logos and documents: the listeners
     * (logos, documents, checklist) read them again; files that went missing are reported.
     */
    public void checkFilesOnDisk() {
        if (session == null) {
            return; // still opening: nothing read yet that could have changed
        }
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
        for (Consumer<SourceWatch.Changes> listener : diskListeners) {
            listener.accept(changes);
        }
    }

    private static String names(List<String> paths) {
        return paths.stream().map(p -> String.valueOf(Path.of(p).getFileName())).collect(Collectors.joining(", "));
    }

    /** The text checks' levels an export judges readiness by: the user's, as the checklist shows them. */
    public void followLintSettings(ObservableValue<LintSettings> settings) {
        lints = settings;
    }

    /**
     * Exports in the background, as a ZIP when the target ends in .zip and a folder otherwise, re-rendering the
     * logos from the full sources so the files match the project. A project that is not ready is exported as a
     * draft: callers ask first ({@link DraftQuestion}).
     */
    public void exportTo(Path target) {
        exportTo(target, false);
    }

    /**
     * Where an export to {@code chosen} goes: a ZIP file as chosen; for a folder, the folder itself when it is new,
     * empty or an earlier export, else a new folder named after the project inside it (the user's files stay).
     */
    public ExportTarget exportTarget(Path chosen) throws BundleException {
        return Exporter.isZip(chosen) ? ExportTarget.of(chosen) : ExportTarget.inFolder(chosen, session.project().appName());
    }

    /** As above; {@code replace}: the user agreed to replace the earlier export at {@code target}. */
    public void exportTo(Path target, boolean replace) {
        if (export != null && export.isRunning()) {
            return;
        }
        Profile profile = session.profile();
        Project project = session.project();
        LintSettings lintSettings = lints.getValue();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(Messages.text("export.renderingLogos"));
                // Each logo and document is read once now: what is copied, hashed and checked is the same bytes,
                // even when another program replaces a file while the project is open.
                Exporter.Prepared prepared = Exporter.prepare(profile, project, lintSettings);
                return Exporter.export(project, prepared, ToolVersion.get(), target, replace, new ExportProgress() {
                    @Override
                    public void step(int done, int total, String what) {
                        updateProgress(done, total);
                        updateMessage(what);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        export = task;
        exporting.set(true);
        exportProgress.bind(task.progressProperty());
        status.info(Messages.format("status.exporting", target));
        task.setOnSucceeded(e -> finishExport(() -> status.info(Messages.format("status.exported", task.getValue()))));
        task.setOnFailed(e -> finishExport(() -> status.error(Messages.format("status.exportFailed", task.getException().getMessage()))));
        task.setOnCancelled(e -> finishExport(() -> status.info(Messages.text("status.exportCancelled"))));
        executor.execute(task);
    }

    /**
     * Opens a bundle (ZIP or folder) in the background: read safely, written into the empty folder {@code into},
     * and its project opened. A hostile bundle is refused with the core's message; {@code onError} shows it.
     */
    public void openBundle(Path bundle, Path into, java.util.function.Consumer<String> onError) {
        status.info(Messages.format("status.openingBundle", bundle.getFileName()));
        executor.submit("Opening " + bundle, () -> io.offerkit.bundle.BundleUnpacker.unpack(bundle, into),
                project -> open(project).ifPresentOrElse(onError,
                        () -> status.info(Messages.format("status.openedBundle", bundle.getFileName(), into))),
                error -> {
                    status.error(Messages.format("status.openFailed", bundle.getFileName(), error.getMessage()));
                    onError.accept(error.getMessage());
                });
    }

    private void finishExport(Runnable report) {
        exportProgress.unbind();
        exporting.set(false);
        report.run();
    }

    public void cancelExport() {
        if (export != null) {
            export.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }
}
