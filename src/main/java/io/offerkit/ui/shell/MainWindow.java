package io.offerkit.ui.shell;

import io.offerkit.profile.ChecklistItem;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.AppExecutor;
import io.offerkit.ui.DemoLocation;
import io.offerkit.ui.Messages;
import io.offerkit.ui.ProjectSession;
import io.offerkit.ui.StatusMessages;
import io.offerkit.ui.checklist.ChecklistView;
import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.description.DescriptionView;
import io.offerkit.ui.description.DescriptionViewModel;
import io.offerkit.ui.documents.DocumentsView;
import io.offerkit.ui.documents.DocumentsViewModel;
import io.offerkit.ui.inspect.InspectView;
import io.offerkit.ui.inspect.InspectViewModel;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.logos.LogosView;
import io.offerkit.ui.logos.LogosViewModel;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.offerkit.ui.Theme;
import io.offerkit.ui.ThemeStyles;
import io.offerkit.ui.prefs.UserPreferences;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The main window's content: menu, navigation, the selected section, the checklist panel (always visible) and
 * the status bar. It wires the feature views together and carries out the file commands.
 */
public final class MainWindow extends BorderPane {
    private final ShellViewModel model;
    private final LiveLogoSet logos;
    private final LogosView logosView;
    private final DescriptionViewModel descriptionModel;
    private DescriptionView descriptionView;
    private final DocumentsView documentsView;
    private final ChecklistView checklistView;
    private final InspectView inspectView;
    private final ChecklistViewModel checklistModel;
    private final Map<Section, Node> sections = new EnumMap<>(Section.class);
    private final StackPane centre;
    private io.offerkit.ui.RecentProjects recentProjects;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final javafx.beans.property.BooleanProperty desktopDark =
            new javafx.beans.property.SimpleBooleanProperty(Theme.desktopPrefersDark(System.getenv()));
    private final javafx.beans.binding.BooleanBinding dark = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> theme.get().isDark(desktopDark.get()), theme, desktopDark);
    private UserPreferences preferences;

    public static MainWindow create(ProjectSession session, AppExecutor executor, StatusMessages status) {
        LiveLogoSet logos = new LiveLogoSet(session, executor);
        DocumentsViewModel documents = new DocumentsViewModel(session, status, executor);
        ChecklistViewModel checklist = new ChecklistViewModel(session, logos.logoSetProperty(), Clock.systemDefaultZone());
        documents.followChecks(checklist.reportProperty());
        ShellViewModel shell = new ShellViewModel(session, status, executor);
        LogosViewModel logosModel = new LogosViewModel(session, logos, executor, status);
        // Files changed by another program, noticed when the window gets the focus: read them again everywhere.
        shell.addDiskChangeListener(changes -> {
            logosModel.reloadFromDisk();
            documents.recheck(changes.all());
            checklist.recheck();
        });
        return new MainWindow(shell, logos,
                logosModel,
                new DescriptionViewModel(session, DemoLocation.dataDir().resolve("lint-settings.json")),
                documents,
                checklist,
                new InspectViewModel(session, executor, status));
    }

    private MainWindow(ShellViewModel model, LiveLogoSet logos, LogosViewModel logosModel,
                       DescriptionViewModel descriptionModel, DocumentsViewModel documentsModel,
                       ChecklistViewModel checklistModel, InspectViewModel inspectModel) {
        this.model = model;
        this.logos = logos;
        getStyleClass().add("main-window");
        logosView = new LogosView(logosModel);
        this.descriptionModel = descriptionModel;
        documentsView = new DocumentsView(documentsModel);
        checklistView = new ChecklistView(checklistModel, this::navigateTo);
        inspectView = new InspectView(inspectModel);
        this.checklistModel = checklistModel;
        sections.put(Section.LOGOS, logosView);
        sections.put(Section.DOCUMENTS, documentsView);
        sections.put(Section.INSPECT, inspectView);

        centre = new StackPane();
        centre.getStyleClass().add("section-host");
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(model.sectionProperty().get());

        setTop(AppMenu.build(this));
        setLeft(new Navigation(model.sectionProperty()));
        setCenter(centre);
        setRight(checklistView);
        setBottom(new StatusBar(model));
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

    public ShellViewModel model() {
        return model;
    }

    /**
     * Remembers opened and saved projects for File > Open Recent. Set by the app, not by {@link #create}, so tests
     * never write into the user's OfferKit folder.
     */
    public void useRecentProjects(io.offerkit.ui.RecentProjects recent) {
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
        this.preferences = prefs;
        theme.set(prefs.theme());
        theme.addListener((obs, old, now) -> prefs.setTheme(now));
    }

    io.offerkit.ui.RecentProjects recentProjects() {
        return recentProjects;
    }

    /** Opens a project from File > Open Recent; one that has gone is dropped from the list with a message. */
    public void openRecent(Path file) {
        if (!io.offerkit.ui.RecentProjects.exists(file)) {
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
            sections.put(Section.DESCRIPTION, descriptionView);
        }
        return descriptionView;
    }

    public LogosView logosView() {
        return logosView;
    }

    public InspectView inspectView() {
        return inspectView;
    }

    /** Logos rendered and the preview loaded: what the screenshot waits for. */
    public boolean isSettled() {
        return !logos.isRendering() && (descriptionView == null || !descriptionView.previewLoading()) && !inspectView.isBusy();
    }

    /**
     * Puts only the shown section into the scene: the others keep their state but get no CSS, skins or layout until
     * first shown, which is most of the start-up time (the description's editor and preview above all).
     */
    private void showSection(Section section) {
        if (section == Section.DESCRIPTION) {
            descriptionView();
        }
        centre.getChildren().setAll(sections.get(section));
    }

    /** Shows the section where a checklist item is fixed and focuses its field. */
    public void navigateTo(ChecklistItem item) {
        FieldLocation.parse(item.field()).ifPresent(location -> {
            location.section().ifPresent(model.sectionProperty()::set);
            // A section just put into the scene has no skins yet, so its fields are not in the scene to take focus.
            centre.applyCss();
            centre.layout();
            Optional<Node> target = switch (location.kind()) {
                case "text" -> descriptionView().focusTarget(location.id());
                case "logo" -> logosView.focusTarget(location.id());
                case "document", "link" -> documentsView.focusTarget(location.kind() + ":" + location.id());
                case "attestation" -> checklistView.focusTarget(item.id());
                default -> Optional.empty();
            };
            target.ifPresent(node -> {
                node.requestFocus();
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
        if (event.getDragboard().hasFiles()) {
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
                logosView.chooseSource(d.path());
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
        File file = remembered(inLastFolder(chooser).showOpenDialog(window()));
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Opens a project, showing an alert when it cannot be read (the current project stays open, unchanged). The
     * alert does not block, so a start-up with a broken {@code --open} file still reaches its screenshot.
     */
    public void open(Path file) {
        model.open(file).ifPresentOrElse(error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error, ButtonType.OK);
            own(alert);
            alert.setHeaderText(Messages.format("project.open.failed", file.getFileName()));
            alert.show();
        }, () -> RelinkDialog.showIfNeeded(window(), new RelinkViewModel(model.session(), model.status())));
    }

    public void loadProfileWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("profile.load.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("profile.load.filter"), "*.json"));
        File file = remembered(inLastFolder(chooser).showOpenDialog(window()));
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
        File file = remembered(inLastFolder(chooser).showSaveDialog(window()));
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
        File dir = remembered(inLastFolder(chooser).showDialog(window()));
        if (dir != null) {
            exportAfterAsking(dir.toPath());
        }
    }

    public void exportZipWithChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("export.zip.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("export.zip.filter"), "*.zip"));
        chooser.setInitialFileName(io.offerkit.bundle.FileNames.safe(model.session().project().appName(), "offer") + ".zip");
        File file = remembered(inLastFolder(chooser).showSaveDialog(window()));
        if (file != null) {
            Path path = file.toPath();
            if (!io.offerkit.bundle.Exporter.isZip(path)) {
                path = path.resolveSibling(path.getFileName() + ".zip");
            }
            exportAfterAsking(path);
        }
    }

    /** Exports, asking first when items fail or await confirmation (the bundle is then marked draft). */
    public void exportAfterAsking(Path target) {
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
        model.exportTo(target);
    }

    /** File > Open Bundle…: a ZIP (or a bundle folder) opened into an empty folder the user picks. */
    public void openBundleWithChooser() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("bundle.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("bundle.open.filter"), "*.zip"));
        File bundle = remembered(inLastFolder(chooser).showOpenDialog(window()));
        if (bundle == null) {
            return;
        }
        DirectoryChooser into = new DirectoryChooser();
        into.setTitle(Messages.format("bundle.open.into", bundle.getName()));
        File dir = remembered(inLastFolder(into).showDialog(window()));
        if (dir != null) {
            model.openBundle(bundle.toPath(), dir.toPath(), error -> showError(Messages.format("project.open.failed", bundle.getName()), error));
        }
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
        Alert alert = AboutDialog.create(io.offerkit.ui.AboutInfo.current(), model.profileTextBinding().get());
        own(alert);
        alert.showAndWait();
    }

    /** Asks before unsaved changes are dropped; true when it is fine to go on. */
    public boolean confirmDiscard() {
        if (!model.session().isDirty()) {
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

    /** Starts a chooser in the folder the user last chose from, when known. */
    private <T> T inLastFolder(T chooser) {
        java.util.Optional<File> folder = preferences == null ? Optional.empty() : preferences.lastFolder().map(Path::toFile);
        folder.ifPresent(f -> {
            if (chooser instanceof FileChooser c && c.getInitialDirectory() == null) {
                c.setInitialDirectory(f);
            } else if (chooser instanceof DirectoryChooser c) {
                c.setInitialDirectory(f);
            }
        });
        return chooser;
    }

    private File remembered(File chosen) {
        if (chosen != null && preferences != null) {
            preferences.rememberFolderOf(chosen.toPath());
        }
        return chosen;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
