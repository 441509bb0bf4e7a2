package io.offerkit.ui.shell;

import io.offerkit.bundle.BundleUnpacker;
import io.offerkit.check.OfferTypeChange;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectChangedOnDiskException;
import io.offerkit.project.ProjectException;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The main window's state: title, section, status line, profile line, Undo/Redo and the project-file commands; the
 * disk watch ({@link DiskWatchViewModel}) and the export ({@link ExportViewModel}) are parts of their own. At start-up
 * it exists before its session (the profiles are still being read off the FX thread): until {@link #attach} the title
 * is the app's name, the profile line is empty and there is nothing to undo.
 */
public final class ShellViewModel {
    private static final String APP_NAME = "OfferKit";

    private final ReadOnlyObjectWrapper<ProjectSession> attached = new ReadOnlyObjectWrapper<>(this, "session");
    /** {@code attached}'s value, for the commands (which the menu only offers once it is set). */
    private ProjectSession session;
    private final StatusMessages status;
    private final BackgroundWork executor;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.LOGOS);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper profileText = new ReadOnlyStringWrapper(this, "profileText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final DiskWatchViewModel diskWatch;
    private final ExportViewModel export;

    public ShellViewModel(ProjectSession session, StatusMessages status, BackgroundWork executor) {
        this(status, executor);
        attach(session);
    }

    /** The model of a window whose session is still being made; {@link #attach} it when it is. */
    public ShellViewModel(StatusMessages status, BackgroundWork executor) {
        this.status = status;
        this.executor = executor;
        this.diskWatch = new DiskWatchViewModel(status);
        this.export = new ExportViewModel(this::session, status, executor);
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
        diskWatch.attach(session);
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
        newProject(session.registry().defaultProfile().id());
    }

    /** File > New with the offer type the user chose: an empty, untitled project of that profile. */
    public void newProject(String profileId) {
        session.newProject(profileId);
        status.info(Messages.format("status.newProject", session.profile().title()));
    }

    /** What changing the open project's offer type to {@code to} would change, for the dialog to show first. */
    public OfferTypeChange offerTypeChange(Profile to) {
        return OfferTypeChange.of(session.project(), session.profile(), to);
    }

    /** Makes the change the user saw: one undo step, whatever it touches (Edit > Undo takes all of it back). */
    public void changeOfferType(OfferTypeChange change) {
        session.update(change::apply);
        status.info(Messages.format("status.offerTypeChanged", change.from().title(), session.profile().title()));
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
        } catch (ProfileException e) {
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
            diskWatch.setChangedOnDisk(false);
            status.info(Messages.format("status.saved", file.getFileName()));
            return true;
        } catch (ProjectChangedOnDiskException e) {
            diskWatch.setChangedOnDisk(true);
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        } catch (ProjectException e) {
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        }
    }

    /** Replaces the other program's change with this session's project (the user chose so). */
    public boolean overwrite() {
        try {
            session.overwrite();
            diskWatch.setChangedOnDisk(false);
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
            diskWatch.setChangedOnDisk(false);
            status.info(Messages.format("status.savedAside", mine.getFileName(), theirs.getFileName()));
            return true;
        } catch (ProjectException e) {
            status.error(Messages.format("status.notSaved", e.getMessage()));
            return false;
        }
    }

    /**
     * Opens a bundle (ZIP or folder) in the background: read safely, written into the empty folder {@code into},
     * and its project opened. A hostile bundle is refused with the core's message; {@code onError} shows it.
     */
    public void openBundle(Path bundle, Path into, Consumer<String> onError) {
        status.info(Messages.format("status.openingBundle", bundle.getFileName()));
        executor.submit("Opening " + bundle, () -> BundleUnpacker.unpack(bundle, into),
                project -> open(project).ifPresentOrElse(onError,
                        () -> status.info(Messages.format("status.openedBundle", bundle.getFileName(), into))),
                error -> {
                    status.error(Messages.format("status.openFailed", bundle.getFileName(), error.getMessage()));
                    onError.accept(error.getMessage());
                });
    }

    /** The watch on the project's files for changes by other programs. */
    public DiskWatchViewModel diskWatch() {
        return diskWatch;
    }

    /** File > Export: the running export, its progress and Cancel. */
    public ExportViewModel export() {
        return export;
    }
}
