package io.offerkit.ui.shell;

import io.offerkit.common.UserData;
import io.offerkit.profile.Profile;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.app.AboutInfo;
import io.offerkit.ui.app.DemoLocation;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.Autosave;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.RecentProjects;
import io.offerkit.ui.session.RecoveryDialog;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;

/**
 * The File and Help commands on projects: new, open (a file, a recent one, a bundle, the demo), save, save as with
 * the choice when another program changed the file, load a profile, quit, about; each asks before unsaved work
 * would be dropped, and offers the unsaved work a crashed session left for the project it opens.
 */
public final class FileCommands {
    private final ShellViewModel model;
    private final Alerts alerts;
    private RecentProjects recentProjects;
    private Autosave autosave;

    FileCommands(ShellViewModel model, Alerts alerts) {
        this.model = model;
        this.alerts = alerts;
    }

    /**
     * Remembers opened and saved projects for File > Open Recent. Set by the app, not by {@link MainWindow#create},
     * so tests never write into the user's OfferKit folder.
     */
    public void useRecentProjects(RecentProjects recent) {
        this.recentProjects = recent;
        if (model.session().file() != null) {
            recent.add(model.session().file());
        }
        model.session().fileProperty().addListener((obs, old, now) -> {
            if (now != null) {
                recent.add(now);
            }
        });
    }

    RecentProjects recentProjects() {
        return recentProjects;
    }

    /**
     * Keeps unsaved work safe and offers, on each opening of a project, the work an earlier session left for it. Set
     * by the app, not by {@link MainWindow#create}, so tests never write into the user's OfferKit folder.
     */
    public void useAutosave(Autosave autosave) {
        this.autosave = autosave;
    }

    /**
     * Offers the unsaved work an earlier session left for the first of {@code projectFiles} (null: the untitled
     * project) that has some; true when it asked.
     */
    public boolean offerRecovery(Path... projectFiles) {
        if (autosave == null) {
            return false;
        }
        for (Path file : projectFiles) {
            Optional<Autosave.Recovery> found = autosave.pendingFor(file);
            if (found.isPresent()) {
                alerts.own(RecoveryDialog.create(autosave, found.get(), model.status())).show();
                return true;
            }
        }
        return false;
    }

    /**
     * File > New: asks which offer type first (Cancel makes nothing and asks nothing more), then before unsaved work
     * would be dropped, and starts an empty project of that offer type.
     */
    public void newProject() {
        Optional<Profile> chosen = alerts.own(new NewProjectDialog(model.session().registry(), LocalDate.now())).showAndWait();
        if (chosen.isPresent() && confirmDiscard()) {
            model.newProject(chosen.get().id());
        }
    }

    /**
     * Profile > Change Offer Type…: shows what changing to another offer type changes (with {@code preselect}'s
     * changes shown first), and makes the change the user accepts as one undo step.
     */
    public void changeOfferType(String preselect) {
        ProjectSession session = model.session();
        ChangeOfferTypeDialog dialog = new ChangeOfferTypeDialog(session.registry(), session.profile(),
                session.project().logo().source() != null, preselect, LocalDate.now(), model::offerTypeChange);
        alerts.own(dialog).showAndWait().ifPresent(model::changeOfferType);
    }

    public void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        File file = Choosers.open(projectChooser(Messages.text("project.open.title")), alerts.owner());
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Opens a project, showing an alert when it cannot be read (the current project stays open, unchanged), and
     * offers unsaved work a crashed session left for it. The alerts do not block, so a start-up with a broken
     * {@code --open} file still reaches its screenshot.
     */
    public void open(Path file) {
        model.open(file).ifPresentOrElse(
                error -> alerts.error(Messages.format("project.open.failed", file.getFileName()), error), () -> {
                    RelinkDialog.showIfNeeded(alerts.owner(), new RelinkViewModel(model.session(), model.status()));
                    offerRecovery(model.session().file());
                });
    }

    /** Opens a project once unsaved changes are saved or let go (a project file dropped on the window). */
    void openAfterAsking(Path file) {
        if (confirmDiscard()) {
            open(file);
        }
    }

    /** Opens a project from File > Open Recent; one that has gone is dropped from the list with a message. */
    public void openRecent(Path file) {
        if (!RecentProjects.exists(file)) {
            if (recentProjects != null) {
                recentProjects.remove(file);
            }
            model.status().error(Messages.format("project.recent.gone", file.getFileName(), file.getParent()));
            return;
        }
        openAfterAsking(file);
    }

    /** Help > Open the Demo Project: the bundled demo, written again first if it is missing. */
    public void openDemo() {
        if (!confirmDiscard()) {
            return;
        }
        try {
            Path demo = DemoLocation.ensureDemo(UserData.dir());
            open(demo);
            if (demo.toAbsolutePath().equals(model.session().file())) {
                model.status().info(Messages.format("status.demoOpened", demo.getParent()));
            }
        } catch (IOException | ProjectException e) {
            model.status().error(Messages.format("status.demoFailed", e.getMessage()));
        }
    }

    public void loadProfileWithChooser() {
        FileChooser chooser = Choosers.files(Messages.text("profile.load.title"), Messages.text("profile.load.filter"), "*.json");
        File file = Choosers.open(chooser, alerts.owner());
        if (file != null) {
            model.loadProfile(file.toPath()).ifPresent(
                    error -> alerts.error(Messages.format("profile.load.failed", file.getName()), error));
        }
    }

    public boolean save() {
        if (model.save()) {
            return true;
        }
        return model.diskWatch().isChangedOnDisk() ? resolveChangedOnDisk() : saveAs();
    }

    /** Another program changed the project file since it was opened: keep both, replace that change, or cancel. */
    private boolean resolveChangedOnDisk() {
        Path file = model.session().file();
        ButtonType aside = new ButtonType(Messages.text("changedOnDisk.saveAside"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(Messages.text("changedOnDisk.replace"), ButtonBar.ButtonData.OTHER);
        ButtonType answer = alerts.ask(Alert.AlertType.WARNING, Messages.text("changedOnDisk.header"),
                Messages.format("changedOnDisk.message", file.getFileName(), ProjectFiles.asideOf(file).getFileName()),
                aside, replace, ButtonType.CANCEL);
        if (answer == aside) {
            return model.saveAside();
        }
        if (answer == replace) {
            return model.overwrite();
        }
        model.status().info(Messages.text("changedOnDisk.cancelled"));
        return false;
    }

    public boolean saveAs() {
        FileChooser chooser = projectChooser(Messages.text("project.saveAs.title"));
        Path current = model.session().file();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
        }
        File file = Choosers.save(chooser, alerts.owner());
        if (file == null) {
            return false;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + ProjectFiles.EXTENSION);
        }
        return model.saveAs(path);
    }

    /** File > Open Bundle…: a ZIP (or a bundle folder) opened into an empty folder the user picks. */
    public void openBundleWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = Choosers.files(Messages.text("bundle.open.title"), Messages.text("bundle.open.filter"), "*.zip");
        File bundle = Choosers.open(chooser, alerts.owner());
        if (bundle == null) {
            return;
        }
        File dir = Choosers.folder(Messages.format("bundle.open.into", bundle.getName()), alerts.owner());
        if (dir != null) {
            model.openBundle(bundle.toPath(), dir.toPath(),
                    error -> alerts.error(Messages.format("project.open.failed", bundle.getName()), error));
        }
    }

    public void quit() {
        if (confirmDiscard()) {
            Platform.exit();
        }
    }

    public void about() {
        alerts.own(AboutDialog.create(AboutInfo.current(), model.profileTextBinding().get())).showAndWait();
    }

    /** Asks before unsaved changes are dropped; true when it is fine to go on. */
    public boolean confirmDiscard() {
        if (model.session() == null || !model.session().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(Messages.text("project.discard.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("project.discard.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType answer = alerts.ask(Alert.AlertType.CONFIRMATION, Messages.text("project.discard.header"),
                Messages.text("project.discard.message"), save, discard, ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        return answer == discard;
    }

    private static FileChooser projectChooser(String title) {
        return Choosers.files(title, Messages.text("project.filter"), "*" + ProjectFiles.EXTENSION);
    }
}
