package io.offerkit.ui.shell;

import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.ExportTarget;
import io.offerkit.common.UserData;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.app.DemoLocation;
import io.offerkit.ui.checklist.ChecklistView;
import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.description.DescriptionView;
import io.offerkit.ui.description.DescriptionViewModel;
import io.offerkit.ui.documents.DocumentsView;
import io.offerkit.ui.documents.DocumentsViewModel;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.inspect.InspectView;
import io.offerkit.ui.inspect.InspectViewModel;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.logos.LogosView;
import io.offerkit.ui.logos.LogosViewModel;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.prefs.LastFolder;
import io.offerkit.ui.prefs.UserPreferences;
import io.offerkit.ui.session.ProjectSession;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window's content: menu, navigation, the selected section, the checklist panel (always visible) and
 * the status bar. It wires the feature views together and carries out the file commands.
 *
 * <p>At start-up the window is shown as a shell first ({@link #opening}): menu, navigation and status bar, with
 * "Opening …" where the section and the checklist go. The sections are built once the session is ready and the
 * shell's first frame is out ({@link #openWhenReady}); each section's view is built when it is first shown.
 */
public final class MainWindow extends BorderPane {
    private final ShellViewModel model;
    private final WorkerPool executor;
    private LiveLogoSet logos;
    private LogosViewModel logosModel;
    private LogosView logosView;
    private DescriptionViewModel descriptionModel;
    private DescriptionView descriptionView;
    private DocumentsViewModel documentsModel;
    private DocumentsView documentsView;
    private ChecklistView checklistView;
    private InspectViewModel inspectModel;
    private InspectView inspectView;
    private ChecklistViewModel checklistModel;
    private final StackPane centre;
    private final Label openingSection = new Label();
    private final Label openingChecklist = new Label();
    private final ReadOnlyBooleanWrapper opened = new ReadOnlyBooleanWrapper(this, "opened");
    private io.offerkit.ui.session.RecentProjects recentProjects;
    private io.offerkit.ui.session.Autosave autosave;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final javafx.beans.property.BooleanProperty desktopDark =
            new javafx.beans.property.SimpleBooleanProperty(Theme.desktopPrefersDark(System.getenv()));
    private final javafx.beans.binding.BooleanBinding dark = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> theme.get().isDark(desktopDark.get()), theme, desktopDark);

    /** The whole window at once, on a session that is already there. */
    public static MainWindow create(ProjectSession session, WorkerPool executor, StatusMessages status) {
        MainWindow window = new MainWindow(new ShellViewModel(status, executor), executor, "");
        window.fill(session);
        return window;
    }

    /**
     * The shell of the window, to show at once while {@code what} (a file name) is opened: the menu (its commands off
     * until then), the navigation, the status bar and "Opening {@code what}…" in place of the section and the
     * checklist. {@link #openWhenReady} fills it in.
     */
    public static MainWindow opening(String what, WorkerPool executor, StatusMessages status) {
        status.info(Messages.format("app.opening", what));
        return new MainWindow(new ShellViewModel(status, executor), executor, what);
    }

    private MainWindow(ShellViewModel model, WorkerPool executor, String what) {
        this.model = model;
        this.executor = executor;
        getStyleClass().add("main-window");
        centre = new StackPane();
        centre.getStyleClass().add("section-host");
        openingSection.setId("openingSection");
        openingChecklist.setId("openingChecklist");
        for (Label label : List.of(openingSection, openingChecklist)) {
            label.setText(Messages.format("app.opening", what));
            label.getStyleClass().add("panel-counts");
            label.setWrapText(true);
        }
        VBox checklistPlaceholder = new VBox(openingChecklist);
        checklistPlaceholder.getStyleClass().add("checklist-panel");
        checklistPlaceholder.setPadding(new javafx.geometry.Insets(20, 18, 14, 18));
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(model.sectionProperty().get());

        setTop(AppMenu.build(this));
        setLeft(new Navigation(model.sectionProperty()));
        setCenter(centre);
        setRight(checklistPlaceholder);
        setBottom(new StatusBar(model));
        model.status().onFailure(this::showFailure);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> followFocus(window));
                followFocus(scene.getWindow());
            }
        });
    }

    /** Each time the window gets the focus back (the user was in another program), look for files changed on disk. */
    private void followFocus(Window window) {
        if (window != null) {
            window.focusedProperty().addListener((obs, was, focused) -> {
                if (focused) {
                    model.checkFilesOnDisk();
                }
            });
        }
    }

    /**
     * Fills the shell in: once the shell's first frame is out, {@code load} starts making the session (off the FX
     * thread, and only then, so it does not take the CPU from the first frame), and when it is ready, on the FX thread,
     * the session is attached, {@code openProject} opens the project (before any section exists, so nothing is built
     * twice, for the empty project and then for the opened one), and the checklist and the shown section replace the
     * placeholders. Call after the stage is shown. The result completes on the FX thread once the sections are in
     * place, or with the error when the session could not be made (which the placeholders and status line then say).
     */
    public CompletableFuture<Void> openWhenReady(Supplier<? extends CompletionStage<ProjectSession>> load,
                                                 Consumer<MainWindow> openProject) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        io.offerkit.ui.fx.Frames.next(getScene()).thenCompose(frame -> load.get()).whenComplete((ready, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = error instanceof java.util.concurrent.CompletionException
                                && error.getCause() != null ? error.getCause() : error;
                        openingSection.setText(Messages.format("app.openFailed", cause.getMessage()));
                        openingChecklist.setText(openingSection.getText());
                        model.status().error(openingSection.getText());
                        done.completeExceptionally(cause);
                        return;
                    }
                    try {
                        model.attach(ready);
                        openProject.accept(this);
                        fill(ready);
                        done.complete(null);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                        throw e;
                    }
                }));
        return done;
    }

    /** Builds the view models and the checklist on the session and shows the selected section, in place of the placeholders. */
    private void fill(ProjectSession session) {
        if (model.session() == null) {
            model.attach(session);
        }
        StatusMessages status = model.status();
        logos = new LiveLogoSet(session, executor);
        documentsModel = new DocumentsViewModel(session, status, executor);
        checklistModel = new ChecklistViewModel(session, logos.logoSetProperty(), Clock.systemDefaultZone());
        documentsModel.followChecks(checklistModel.reportProperty());
        logosModel = new LogosViewModel(session, logos, executor, status);
        // Files changed by another program, noticed when the window gets the focus: read them again everywhere.
        model.addDiskChangeListener(changes -> {
            logosModel.reloadFromDisk();
            documentsModel.recheck(changes.all());
            checklistModel.recheck();
        });
        descriptionModel = new DescriptionViewModel(session, io.offerkit.text.lint.LintSettingsFile.userFile());
        // The user's lint levels decide readiness everywhere: in the checklist and in what an export marks ready.
        checklistModel.followLintSettings(descriptionModel.lintSettingsProperty());
        model.followLintSettings(descriptionModel.lintSettingsProperty());
        inspectModel = new InspectViewModel(session, executor, status);
        checklistView = new ChecklistView(checklistModel, this::navigateTo);
        setRight(checklistView);
        opened.set(true);
        showSection(model.sectionProperty().get());
    }

    /** Whether the sections are built (the shell's placeholders are gone). */
    public ReadOnlyBooleanProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public boolean isOpened() {
        return opened.get();
    }

    public ShellViewModel model() {
        return model;
    }

    /**
     * Remembers opened and saved projects for File > Open Recent. Set by the app, not by {@link #create}, so tests
     * never write into the user's OfferKit folder.
     */
    public void useRecentProjects(io.offerkit.ui.session.RecentProjects recent) {
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

    /** View > Theme: the user's choice; the app applies it to the scene and remembers it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the desktop asks for dark apps, which {@link Theme#SYSTEM} follows; the app sets it once the desktop answered. */
    public javafx.beans.property.BooleanProperty desktopDarkProperty() {
        return desktopDark;
    }

    /** Whether the window is dark now: the user's choice, or under System the desktop's. */
    public javafx.beans.binding.BooleanBinding darkBinding() {
        return dark;
    }

    /**
     * Takes the theme from the user's preferences and remembers later choices and the folders file choosers end in.
     * Set by the app, not by {@link #create}, so tests never write into the user's OfferKit folder.
     */
    public void usePreferences(UserPreferences prefs) {
        LastFolder.use(prefs);
        theme.set(prefs.theme());
        theme.addListener((obs, old, now) -> prefs.setTheme(now));
    }

    /**
     * Keeps unsaved work safe and offers, on each opening of a project, the work an earlier session left for it. Set
     * by the app, not by {@link #create}, so tests never write into the user's OfferKit folder.
     */
    public void useAutosave(io.offerkit.ui.session.Autosave autosave) {
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
            Optional<io.offerkit.ui.session.Autosave.Recovery> found = autosave.pendingFor(file);
            if (found.isPresent()) {
                Alert alert = io.offerkit.ui.session.RecoveryDialog.create(autosave, found.get(), model.status());
                own(alert);
                alert.show();
                return true;
            }
        }
        return false;
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
        } catch (java.io.IOException | io.offerkit.project.ProjectException e) {
            model.status().error(Messages.format("status.demoFailed", e.getMessage()));
        }
    }

    /** A warning that does not hold up start-up: the window goes on opening behind it. */
    public void warn(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message, ButtonType.OK);
        own(alert);
        alert.setHeaderText(header);
        alert.show();
    }

    io.offerkit.ui.session.RecentProjects recentProjects() {
        return recentProjects;
    }

    /** Opens a project from File > Open Recent; one that has gone is dropped from the list with a message. */
    public void openRecent(Path file) {
        if (!io.offerkit.ui.session.RecentProjects.exists(file)) {
            if (recentProjects != null) {
                recentProjects.remove(file);
            }
            model.status().error(Messages.format("project.recent.gone", file.getFileName(), file.getParent()));
            return;
        }
        if (confirmDiscard()) {
            open(file);
        }
    }

    /**
     * The description section, built when first needed: its editor and WebView preview are the heaviest part of the
     * window (WebKit alone took ~1.5 s at start-up), and most sessions start in Logos.
     */
    public DescriptionView descriptionView() {
        if (descriptionView == null) {
            descriptionView = new DescriptionView(descriptionModel);
        }
        return descriptionView;
    }

    /** Each section's view is built when first needed (shown, navigated to, or given work), once the window is opened. */
    public LogosView logosView() {
        if (logosView == null) {
            logosView = new LogosView(logosModel);
        }
        return logosView;
    }

    private DocumentsView documentsView() {
        if (documentsView == null) {
            documentsView = new DocumentsView(documentsModel);
        }
        return documentsView;
    }

    public InspectView inspectView() {
        if (inspectView == null) {
            inspectView = new InspectView(inspectModel);
        }
        return inspectView;
    }

    /** Opened, logos rendered and measured, and the preview loaded: what the screenshot waits for. */
    public boolean isSettled() {
        return opened.get() && !logos.isRendering() && !logos.isMeasuring() && (descriptionView == null || !descriptionView.previewLoading())
                && (inspectView == null || !inspectView.isBusy());
    }

    /**
     * Puts only the shown section into the scene: the others keep their state but get no CSS, skins or layout until
     * first shown, which is most of the start-up time (the description's editor and preview above all). Before the
     * window is opened, the placeholder stands for every section.
     */
    private void showSection(Section section) {
        if (!opened.get()) {
            centre.getChildren().setAll(openingSection);
            return;
        }
        Node view = switch (section) {
            case LOGOS -> logosView();
            case DESCRIPTION -> descriptionView();
            case DOCUMENTS -> documentsView();
            case INSPECT -> inspectView();
        };
        centre.getChildren().setAll(view);
    }

    /** Shows the section where a checklist item is fixed and focuses its field. */
    public void navigateTo(ChecklistItem item) {
        // The item's current result may lead further than its field: to the text a finding is about.
        String field = checklistModel.report().results().stream().filter(r -> r.item().id().equals(item.id()))
                .map(io.offerkit.check.CheckResult::location).findFirst().orElse(item.field());
        FieldLocation.parse(field).ifPresent(location -> {
            location.section().ifPresent(model.sectionProperty()::set);
            // A section just put into the scene has no skins yet, so its fields are not in the scene to take focus.
            centre.applyCss();
            centre.layout();
            Optional<Node> target = switch (location.kind()) {
                case "text" -> descriptionView().focusTarget(location.id());
                case "logo" -> logosView().focusTarget(location.id());
                case "document", "link" -> documentsView().focusTarget(location.kind() + ":" + location.id());
                case "attestation" -> checklistView.focusTarget(item.id());
                default -> Optional.empty();
            };
            target.ifPresent(node -> {
                node.requestFocus();
                if (location.kind().equals("text") && location.offset() >= 0) {
                    descriptionView().placeCaret(location.id(), location.offset());
                }
                scrollIntoView(node);
            });
        });
    }

    private static void scrollIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                if (contentHeight > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 24) / (contentHeight - viewport))));
                }
                return;
            }
        }
    }

    private void dragOver(DragEvent event) {
        if (opened.get() && event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<Path> files = event.getDragboard().hasFiles()
                ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        Optional<DroppedFile> drop = DroppedFile.of(files);
        event.setDropCompleted(drop.isPresent());
        event.consume();
        // Run after the drag gesture ends: opening may show dialogs.
        drop.ifPresent(d -> Platform.runLater(() -> {
            if (d.project()) {
                if (confirmDiscard()) {
                    open(d.path());
                }
            } else {
                model.sectionProperty().set(Section.LOGOS);
                logosView().chooseSource(d.path());
            }
        }));
    }

    public void newProject() {
        if (confirmDiscard()) {
            model.newProject();
        }
    }

    public void openWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = projectChooser(Messages.text("project.open.title"));
        File file = LastFolder.remember(LastFolder.in(chooser).showOpenDialog(window()));
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Opens a project, showing an alert when it cannot be read (the current project stays open, unchanged), and
     * offers unsaved work a crashed session left for it. The alerts do not block, so a start-up with a broken {@code --open} file still reaches its screenshot.
     */
    public void open(Path file) {
        model.open(file).ifPresentOrElse(error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error, ButtonType.OK);
            own(alert);
            alert.setHeaderText(Messages.format("project.open.failed", file.getFileName()));
            alert.show();
        }, () -> {
            RelinkDialog.showIfNeeded(window(), new RelinkViewModel(model.session(), model.status()));
            offerRecovery(model.session().file());
        });
    }

    public void loadProfileWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("profile.load.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("profile.load.filter"), "*.json"));
        File file = LastFolder.remember(LastFolder.in(chooser).showOpenDialog(window()));
        if (file != null) {
            model.loadProfile(file.toPath()).ifPresent(error -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, error, ButtonType.OK);
                own(alert);
                alert.setHeaderText(Messages.format("profile.load.failed", file.getName()));
                alert.show();
            });
        }
    }

    public boolean save() {
        if (model.save()) {
            return true;
        }
        return model.isChangedOnDisk() ? resolveChangedOnDisk() : saveAs();
    }

    /** Another program changed the project file since it was opened: keep both, replace that change, or cancel. */
    private boolean resolveChangedOnDisk() {
        Path file = model.session().file();
        ButtonType aside = new ButtonType(Messages.text("changedOnDisk.saveAside"), ButtonBar.ButtonData.YES);
        ButtonType replace = new ButtonType(Messages.text("changedOnDisk.replace"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, Messages.format("changedOnDisk.message", file.getFileName(),
                ProjectFiles.asideOf(file).getFileName()), aside, replace, ButtonType.CANCEL);
        own(alert);
        alert.setHeaderText(Messages.text("changedOnDisk.header"));
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
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
        File file = LastFolder.remember(LastFolder.in(chooser).showSaveDialog(window()));
        if (file == null) {
            return false;
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().endsWith(ProjectFiles.EXTENSION)) {
            path = path.resolveSibling(path.getFileName() + ProjectFiles.EXTENSION);
        }
        return model.saveAs(path);
    }

    public void exportWithChooser() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.text("export.folder.title"));
        File dir = LastFolder.remember(LastFolder.in(chooser).showDialog(window()));
        if (dir != null) {
            exportAfterAsking(dir.toPath());
        }
    }

    public void exportZipWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("export.zip.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("export.zip.filter"), "*.zip"));
        chooser.setInitialFileName(io.offerkit.bundle.FileNames.safe(model.session().project().appName(), "offer") + ".zip");
        File file = LastFolder.remember(LastFolder.in(chooser).showSaveDialog(window()));
        if (file != null) {
            Path path = file.toPath();
            if (!io.offerkit.bundle.Exporter.isZip(path)) {
                path = path.resolveSibling(path.getFileName() + ".zip");
            }
            exportAfterAsking(path);
        }
    }

    /**
     * Exports to what the user chose, never over anyone's files: a folder holding other files gets the bundle in a new
     * folder named after the project inside it; an earlier export is replaced only when the user says so; a ZIP that
     * is not OfferKit's is refused. Asks too when items fail or await confirmation (the bundle is then marked draft).
     */
    public void exportAfterAsking(Path chosen) {
        ExportTarget target;
        try {
            target = model.exportTarget(chosen);
        } catch (BundleException e) {
            refuseExport(e.getMessage());
            return;
        }
        if (target.state() == ExportTarget.State.OTHER_FILES) {
            refuseExport(target.refusal());
            return;
        }
        boolean replace = target.state() == ExportTarget.State.EARLIER_EXPORT;
        if (replace && !confirmReplace(target)) {
            model.status().info(Messages.text("export.notStarted"));
            return;
        }
        Optional<String> question = DraftQuestion.of(checklistModel.report());
        if (question.isPresent()) {
            ButtonType draft = new ButtonType(Messages.text("export.draft.button"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("export.draft.question", question.get()),
                    draft, ButtonType.CANCEL);
            own(alert);
            alert.setHeaderText(Messages.text("export.draft.header"));
            if (alert.showAndWait().orElse(ButtonType.CANCEL) != draft) {
                model.status().info(Messages.text("export.notStarted"));
                return;
            }
        }
        model.exportTo(target.path(), replace);
    }

    private boolean confirmReplace(ExportTarget earlier) {
        ButtonType replace = new ButtonType(Messages.text("export.replace.button"), ButtonBar.ButtonData.OK_DONE);
        String what = earlier.detail() == null ? Messages.text("export.replace.unnamed")
                : Messages.format("export.replace.named", earlier.detail());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("export.replace.question",
                earlier.path().getFileName(), what, earlier.path()), replace, ButtonType.CANCEL);
        own(alert);
        alert.setHeaderText(Messages.text("export.replace.header"));
        return alert.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    private void refuseExport(String why) {
        model.status().error(Messages.format("status.exportFailed", why));
        showError(Messages.text("export.refused.header"), why);
    }

    /** File > Open Bundle…: a ZIP (or a bundle folder) opened into an empty folder the user picks. */
    public void openBundleWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("bundle.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("bundle.open.filter"), "*.zip"));
        File bundle = LastFolder.remember(LastFolder.in(chooser).showOpenDialog(window()));
        if (bundle == null) {
            return;
        }
        DirectoryChooser into = new DirectoryChooser();
        into.setTitle(Messages.format("bundle.open.into", bundle.getName()));
        File dir = LastFolder.remember(LastFolder.in(into).showDialog(window()));
        if (dir != null) {
            model.openBundle(bundle.toPath(), dir.toPath(), error -> showError(Messages.format("project.open.failed", bundle.getName()), error));
        }
    }

    /** What the user just asked for could not be done: said in a dialog, whole (the status bar cuts it off). */
    private void showFailure(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        own(alert);
        alert.setTitle(Messages.text("app.name"));
        alert.setHeaderText(null);
        alert.show();
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        own(alert);
        alert.setHeaderText(header);
        alert.show();
    }

    public void quit() {
        if (confirmDiscard()) {
            Platform.exit();
        }
    }

    public void about() {
        Alert alert = AboutDialog.create(io.offerkit.ui.app.AboutInfo.current(), model.profileTextBinding().get());
        own(alert);
        alert.showAndWait();
    }

    /** Asks before unsaved changes are dropped; true when it is fine to go on. */
    public boolean confirmDiscard() {
        if (model.session() == null || !model.session().isDirty()) {
            return true;
        }
        ButtonType save = new ButtonType(Messages.text("project.discard.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("project.discard.dontSave"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.text("project.discard.message"),
                save, discard, ButtonType.CANCEL);
        own(alert);
        alert.setHeaderText(Messages.text("project.discard.header"));
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        return answer == discard;
    }

    private FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("project.filter"), "*" + ProjectFiles.EXTENSION));
        return chooser;
    }

    /** Owned by this window and styled like it, so dialogs follow the theme. */
    private void own(Alert alert) {
        alert.initOwner(window());
        if (getScene() != null) {
            ThemeStyles.applyTo(alert.getDialogPane(), getScene().getStylesheets());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
