package io.offerkit.ui.shell;

import io.offerkit.common.StartupTimeline;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.ui.checklist.ChecklistView;
import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Frames;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.inspect.InspectView;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.logos.LogosView;
import io.offerkit.ui.media.MediaView;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.prefs.LastFolder;
import io.offerkit.ui.prefs.UserPreferences;
import io.offerkit.ui.session.ProjectSession;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's frame: menu, navigation, the selected section ({@link SectionHost}), the checklist panel (always
 * visible) and the status bar, wired to the window's model, its file and export commands and its sections.
 *
 * <p>At start-up the window is shown as a shell first ({@link #opening}): menu, navigation and status bar, with
 * "Opening …" where the section and the checklist go. The sections are built once the session is ready and the
 * shell's first frame is out ({@link #openWhenReady}); each section's view is built when it is first shown.
 */
public final class MainWindow extends BorderPane {
    private final ShellViewModel model;
    private final BackgroundWork executor;
    private final Alerts alerts = new Alerts(this);
    private final FileCommands files;
    private final ExportCommands exports;
    private final SectionHost sections;
    private ChecklistViewModel checklistModel;
    private final Label openingSection = new Label();
    private final Label openingChecklist = new Label();
    private final ReadOnlyBooleanWrapper opened = new ReadOnlyBooleanWrapper(this, "opened");
    private final CompletableFuture<Void> usable = new CompletableFuture<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final BooleanProperty desktopDark = new SimpleBooleanProperty(Theme.desktopPrefersDark(System.getenv()));
    private final BooleanBinding dark = Bindings.createBooleanBinding(() -> theme.get().isDark(desktopDark.get()), theme, desktopDark);
    private final ChangeListener<Boolean> onFocusRegained = this::focusChanged;
    private Window focusFollowed;

    /** The whole window at once, on a session that is already there. */
    public static MainWindow create(ProjectSession session, BackgroundWork executor, StatusMessages status) {
        return create(session, executor, status, Section.values());
    }

    /** As above, with these sections (the app's are {@link Section#values()}). */
    public static MainWindow create(ProjectSession session, BackgroundWork executor, StatusMessages status, List<Section> sections) {
        MainWindow window = new MainWindow(new ShellViewModel(status, executor), executor, "", sections);
        window.fill(session);
        return window;
    }

    /**
     * The shell of the window, to show at once while {@code what} (a file name) is opened: the menu (its commands off
     * until then), the navigation, the status bar and "Opening {@code what}…" in place of the section and the
     * checklist. {@link #openWhenReady} fills it in.
     */
    public static MainWindow opening(String what, BackgroundWork executor, StatusMessages status) {
        status.info(Messages.format("app.opening", what));
        return new MainWindow(new ShellViewModel(status, executor), executor, what, Section.values());
    }

    private MainWindow(ShellViewModel model, BackgroundWork executor, String what, List<Section> registered) {
        this.model = model;
        this.executor = executor;
        this.files = new FileCommands(model, alerts);
        this.exports = new ExportCommands(model, alerts, () -> checklistModel.report(), executor, dark::get);
        getStyleClass().add("main-window");
        openingSection.setId("openingSection");
        openingChecklist.setId("openingChecklist");
        for (Label label : List.of(openingSection, openingChecklist)) {
            label.setText(Messages.format("app.opening", what));
            label.getStyleClass().add("panel-counts");
            label.setWrapText(true);
        }
        VBox checklistPlaceholder = new VBox(openingChecklist);
        checklistPlaceholder.getStyleClass().add("checklist-panel");
        checklistPlaceholder.setPadding(new Insets(20, 18, 14, 18));
        sections = new SectionHost(registered, model.sectionProperty(), openingSection);

        TextFolderCommands texts = new TextFolderCommands(model, alerts,
                why -> alerts.error(Messages.text("texts.refused.header"), why));
        setTop(AppMenu.build(model, files, exports, texts, registered, theme));
        setLeft(new Navigation(registered, model.sectionProperty()));
        setCenter(sections);
        setRight(checklistPlaceholder);
        setBottom(new StatusBar(model));
        model.status().onFailure(alerts::failure);
        WindowDrop.install(this, opened::get, files::openAfterAsking, image -> {
            model.sectionProperty().set(Section.LOGOS);
            logosView().chooseSource(image);
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, was, window) -> followFocus(window));
                followFocus(scene.getWindow());
            }
        });
    }

    /**
     * Each time the window gets the focus back (the user was in another program), look for files changed on disk. The
     * listener moves with the scene's window and leaves a window this shell is no longer in: a stage given another
     * scene (TestFX keeps one stage for all its tests) must not keep every earlier shell, and its project, alive.
     */
    private void followFocus(Window window) {
        if (focusFollowed != null) {
            focusFollowed.focusedProperty().removeListener(onFocusRegained);
        }
        focusFollowed = window;
        if (window != null) {
            window.focusedProperty().addListener(onFocusRegained);
        }
    }

    private void focusChanged(ObservableValue<? extends Boolean> focus, boolean was, boolean focused) {
        if (focused) {
            model.diskWatch().checkFilesOnDisk();
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
        Frames.next(getScene()).thenCompose(frame -> load.get()).whenComplete((ready, error) ->
                Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        openingSection.setText(Messages.format("app.openFailed", cause.getMessage()));
                        openingChecklist.setText(openingSection.getText());
                        model.status().error(openingSection.getText());
                        done.completeExceptionally(cause);
                        return;
                    }
                    try {
                        model.attach(ready);
                        openProject.accept(this);
                        StartupTimeline.mark("project-opened");
                        fill(ready);
                        StartupTimeline.mark("sections-made");
                        done.complete(null);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                        throw e;
                    }
                }));
        return done;
    }

    /** Makes the checklist and every section's page on the session and shows the selected one, in place of the placeholders. */
    private void fill(ProjectSession session) {
        if (model.session() == null) {
            model.attach(session);
        }
        LiveLogoSet logos = new LiveLogoSet(session, executor, session.workingCopies());
        checklistModel = new ChecklistViewModel(session, logos.logoSetProperty(), Clock.systemDefaultZone());
        ChecklistView checklistView = new ChecklistView(checklistModel, this::navigateTo);
        sections.open(new SectionContext(session, executor, model.status(), logos, checklistModel, model.diskWatch(),
                model.export()), checklistView);
        // After the sections' own: the checklist judges the files they have read again.
        model.diskWatch().addDiskChangeListener(changes -> checklistModel.recheck());
        setRight(checklistView);
        opened.set(true);
        inScene(scene -> Frames.whenTrue(scene, this::isSettled).thenRun(() -> {
            StartupTimeline.mark("usable");
            sections.afterOpened();
            usable.complete(null);
        }));
    }

    /** Runs {@code then} with this window's scene, now or once it is put into one. */
    private void inScene(Consumer<Scene> then) {
        if (getScene() != null) {
            then.accept(getScene());
            return;
        }
        ChangeListener<Scene> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    sceneProperty().removeListener(this);
                    then.accept(scene);
                }
            }
        };
        sceneProperty().addListener(once);
    }

    /**
     * Completes at the first frame where the opened project can be worked in: the sections are built and the shown
     * one is done with its work (slots rendered and measured, the checklist judged on them). Work no shown section
     * needs (the other sections' decoding) starts from here ({@link SectionPage#afterOpened}).
     */
    public CompletableFuture<Void> whenUsable() {
        return usable;
    }

    /** Whether the sections are built (the shell's placeholders are gone). */
    public boolean isOpened() {
        return opened.get();
    }

    /**
     * Opened, and every section done with its work (logos rendered and measured, the preview loaded) and the checklist
     * judging every capture: what the screenshot and the start-up's "usable" wait for.
     */
    public boolean isSettled() {
        return opened.get() && sections.isSettled() && checklistModel.isSettled();
    }

    public ShellViewModel model() {
        return model;
    }

    /** File and Help commands on projects (new, open, save, recent, bundle, demo, quit, about). */
    public FileCommands files() {
        return files;
    }

    /** File > Export commands. */
    public ExportCommands exports() {
        return exports;
    }

    /** View > Theme: the user's choice; the app applies it to the scene and remembers it. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether the desktop asks for dark apps, which {@link Theme#SYSTEM} follows; the app sets it once the desktop answered. */
    public BooleanProperty desktopDarkProperty() {
        return desktopDark;
    }

    /** Whether the window is dark now: the user's choice, or under System the desktop's. */
    public BooleanBinding darkBinding() {
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

    /** A warning that does not hold up start-up: the window goes on opening behind it. */
    public void warn(String header, String message) {
        alerts.warn(header, message);
    }

    /** The Logos section's view (built now if it was not yet): start-up's {@code --zoom} and dropped images go there. */
    public LogosView logosView() {
        return sections.page(LogosPage.class).view();
    }

    /** The Screenshots & videos section's view (built now if it was not yet). */
    public MediaView mediaView() {
        return sections.page(MediaPage.class).view();
    }

    /** The Check sizes section's view (built now if it was not yet), for {@code --inspect}. */
    public InspectView inspectView() {
        return sections.page(InspectPage.class).view();
    }

    /** Shows the section where a checklist item is fixed and focuses its field. */
    public void navigateTo(ChecklistItem item) {
        sections.navigateTo(item);
    }
}
