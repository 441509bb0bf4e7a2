package io.offerkit.ui.shell;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.bundle.ToolVersion;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.ui.AppExecutor;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.StatusMessages;
import java.nio.file.Path;
import java.util.Optional;
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
    private final AppExecutor executor;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.LOGOS);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper(this, "profileText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private Task<Path> export;

    public ShellViewModel(ProjectSession session, StatusMessages status, AppExecutor executor) {
        this(status, executor);
        attach(session);
    }

    /** The model of a window whose session is still being made; {@link #attach} it when it is. */
    public ShellViewModel(StatusMessages status, AppExecutor executor) {
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
    }

    /** "Contoso Route Planner* — OfferKit": the app's name, else the file's, else "Untitled"; * while unsaved. */
    public static String title(Project project, Path file, boolean dirty) {
        String name = !project.appName().isBlank() ? project.appName().strip()
                : file != null ? String.valueOf(file.getFileName()) : "Untitled";
        return name + (dirty ? "*" : "") + " — OfferKit";
    }

    public static String profileText(Profile profile) {
        return profile.title() + profile.sourceDate().map(d -> " · rules as of " + d).orElse("");
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
        status.info("New project for " + session.profile().title() + ".");
    }

    /** Targets another requirement profile; the checklist, slots and limits follow at once (undo goes back). */
    public void useProfile(String profileId) {
        session.update(p -> p.withProfileId(profileId));
        status.info("Now checking against " + session.profile().title() + ".");
    }

    /** Loads a profile file of the user's own and targets it; returns the error to show when it is not valid. */
    public Optional<String> loadProfile(Path file) {
        try {
            Profile loaded = session.registry().load(file);
            useProfile(loaded.id());
            return Optional.empty();
        } catch (io.offerkit.profile.ProfileException e) {
            status.error("Profile not loaded: " + e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    /** Opens a project; returns the error to show when it cannot be read (the current project stays). */
    public Optional<String> open(Path file) {
        try {
            session.open(file);
            status.info("Opened " + file.getFileName() + ".");
            return Optional.empty();
        } catch (ProjectException e) {
            status.error("Could not open " + file.getFileName() + ": " + e.getMessage());
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
            status.info("Saved " + file.getFileName() + ".");
            return true;
        } catch (ProjectException e) {
            status.error("Not saved: " + e.getMessage());
            return false;
        }
    }

    /**
     * Exports in the background, as a ZIP when the target ends in .zip and a folder otherwise, re-rendering the
     * logos from the full sources so the files match the project. A project that is not ready is exported as a
     * draft: callers ask first ({@link DraftQuestion}).
     */
    public void exportTo(Path target) {
        if (export != null && export.isRunning()) {
            return;
        }
        Profile profile = session.profile();
        Project project = session.project();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Rendering logos");
                LogoSet logos = LogoSetRenderer.render(profile, project.logo());
                return Exporter.export(profile, project, logos, ToolVersion.get(), target, new ExportProgress() {
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
        status.info("Exporting to " + target + "…");
        task.setOnSucceeded(e -> finishExport(() -> status.info("Exported to " + task.getValue() + ".")));
        task.setOnFailed(e -> finishExport(() -> status.error("Export failed: " + task.getException().getMessage())));
        task.setOnCancelled(e -> finishExport(() -> status.info("Export cancelled; nothing was written.")));
        executor.execute(task);
    }

    /**
     * Opens a bundle (ZIP or folder) in the background: read safely, written into the empty folder {@code into},
     * and its project opened. A hostile bundle is refused with the core's message; {@code onError} shows it.
     */
    public void openBundle(Path bundle, Path into, java.util.function.Consumer<String> onError) {
        status.info("Opening " + bundle.getFileName() + "…");
        executor.submit("Opening " + bundle, () -> io.offerkit.bundle.BundleUnpacker.unpack(bundle, into),
                project -> open(project).ifPresentOrElse(onError,
                        () -> status.info("Opened the bundle " + bundle.getFileName() + " into " + into + ".")),
                error -> {
                    status.error("Could not open " + bundle.getFileName() + ": " + error.getMessage());
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
