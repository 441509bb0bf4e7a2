package io.offerkit.ui.app;

import io.offerkit.common.StartupTimeline;
import io.offerkit.common.UserData;
import io.offerkit.project.RecoveryFiles;
import io.offerkit.ui.fx.Frames;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.Scheduler;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.look.DesktopAppearance;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.prefs.UserPreferences;
import io.offerkit.ui.prefs.WindowPlacement;
import io.offerkit.ui.session.Autosave;
import io.offerkit.ui.session.RecentProjects;
import io.offerkit.ui.session.StartProject;
import io.offerkit.ui.shell.MainWindow;
import io.offerkit.ui.shell.Section;
import io.offerkit.ui.shell.ShellSkeleton;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The JavaFX application: opens the project named by {@code --open=FILE}, else the project open when it last ran
 * (the bundled demo on the very first start; see {@link StartProject}), and offers unsaved work a crash left; with
 * {@code --screenshot=FILE.png} it writes a picture of the window once it has settled and exits.
 */
public class OfferKitApp extends Application {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 600;

    private WorkerPool executor;
    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        StartupTimeline.mark("fx-start");
        StartupPlan early = new StartupPlan(getParameters().getRaw());
        executor = early.executor();
        LaunchOptions options = early.options();
        Path dataDir = UserData.dir();
        boolean probe = options.printStartup();
        StartProject first = early.first();
        UserPreferences preferences = new UserPreferences(dataDir);
        Theme theme = options.theme().orElseGet(preferences::theme);
        boolean dark = theme.isDark(System.getenv());
        String what = switch (first.kind()) {
            case FIRST_START -> String.valueOf(DemoLocation.demoFile(dataDir).getFileName());
            case LAST_GONE -> Messages.text("app.untitled");
            case NAMED, LAST -> String.valueOf(first.file().getFileName());
        };
        // The first frame is the shell's outline: no control, so no stylesheet to load and apply before it shows.
        Scene scene = new Scene(ShellSkeleton.create(what, dark), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setTitle(Messages.text("app.name"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (options.screenshot().isEmpty()) {
            WindowPlacement.restore(stage, preferences);
        }
        if (probe) {
            // The first frame (the outline) is the start-up figure; the shell's and the opened sections' follow.
            StartupProbe.printWhenShown(stage, code -> { });
        }
        stage.show();
        StartupTimeline.mark("outline-shown");
        Frames.next(scene).thenRun(() -> {
            early.beginLoading(); // beside the shell's construction and first frame, not before the outline's
            showShell(stage, early, preferences, dark, what);
        });
    }

    /**
     * The real shell in place of the outline: menu, navigation, status bar and "Opening …" placeholders, built while
     * the session loads on a worker ({@link StartupPlan#beginLoading}); the sections follow once it is there.
     */
    private void showShell(Stage stage, StartupPlan early, UserPreferences preferences, boolean dark, String what) {
        LaunchOptions options = early.options();
        StartProject first = early.first();
        boolean probe = options.printStartup();
        Scene scene = stage.getScene();
        StatusMessages status = new StatusMessages();
        ThemeStyles.useBase(dark); // before the first control exists
        MainWindow window = MainWindow.opening(what, executor, status);
        StartupTimeline.mark("shell-built");
        options.theme().ifPresentOrElse(window.themeProperty()::set,
                () -> window.usePreferences(preferences));
        scene.setRoot(window);
        dress(stage, window);
        Frames.next(scene).thenRun(() -> stage.getIcons().setAll(AppIcons.load()));
        followDesktopAppearance(window);
        options.section().flatMap(Section::named).ifPresent(window.model().sectionProperty()::set);
        if (probe) {
            StartupProbe.printAtNextFrame(scene, "shell", code -> { });
        }
        window.openWhenReady(early::session, w -> openInitialProject(w, first))
                .whenComplete((opened, error) -> {
                    if (error == null) {
                        opened(window, options, first, probe);
                    }
                    if (probe && error == null) {
                        // The opened project counts once its shown section is done with its work (the slots rendered
                        // and measured, the checklist judged on them), not when the placeholders first give way.
                        window.whenUsable().thenRun(() -> StartupProbe.printAtNextFrame(scene, "opened", OfferKitApp::exitWithTimeline));
                    } else if (probe) {
                        StartupProbe.printAtNextFrame(scene, "failed", OfferKitApp::exitWithTimeline);
                    }
                });
        options.screenshot().ifPresent(file -> Screenshot.whenSettled(scene, window::isSettled, file, OfferKitApp::exit));
    }

    /** The rest of start-up, once the project is open and the sections are built. */
    private void opened(MainWindow window, LaunchOptions options, StartProject first, boolean probe) {
        window.files().useRecentProjects(new RecentProjects(UserData.dir()));
        autosave = new Autosave(window.model().session(), new RecoveryFiles(UserData.dir().resolve("recovery")),
                Scheduler.singleThread("offerkit-autosave"));
        options.zoom().ifPresent(window.logosView()::zoom);
        List<Path> inspect = options.inspect();
        if (!inspect.isEmpty()) {
            window.inspectView().add(inspect);
        }
        autosave.start();
        window.files().useAutosave(autosave);
        if (options.screenshot().isEmpty() && !probe) {
            if (first.kind() == StartProject.Kind.LAST_GONE) {
                // Work left for the gone project says that it is gone; without any, a warning says where it was.
                Path gone = first.file();
                if (window.files().offerRecovery(gone)) {
                    return;
                }
                window.warn(Messages.format("start.lastGone.header", gone.getFileName()),
                        Messages.format("start.lastGone.message", gone.getFileName(), gone.getParent()));
            }
            // The open project's unsaved work, else the untitled project's.
            window.files().offerRecovery(Stream.of(window.model().session().file(), null).distinct()
                    .toArray(Path[]::new));
        }
    }

    /** The probe's last word: the timeline of the start, then exit. */
    private static void exitWithTimeline(int code) {
        StartupProbe.printTimeline();
        exit(code);
    }

    private static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    /** Puts the main window into a stage not shown yet: scene, style, live title, guard against closing unsaved work. */
    public static Scene install(Stage stage, MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        dress(stage, window);
        // The icons (PNGs to decode, then scaled by the window system: ~10 % of stage.show() here) are no part of the
        // window's first frame.
        // One-shot: a handler left on the stage would keep this scene, and the project in it, for the stage's life.
        EventHandler<WindowEvent> iconsOnceShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                Frames.next(scene).thenRun(() -> stage.getIcons().setAll(AppIcons.load()));
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, iconsOnceShown);
        return scene;
    }

    /** The stage's scene shows {@code window}: its stylesheets follow the theme, the title the project. */
    private static void dress(Stage stage, MainWindow window) {
        Scene scene = stage.getScene();
        ThemeStyles.apply(scene.getStylesheets(), window.darkBinding().get());
        window.darkBinding().addListener((obs, old, now) -> ThemeStyles.apply(scene.getStylesheets(), now));
        stage.titleProperty().bind(window.model().titleBinding());
        stage.setOnCloseRequest(e -> {
            if (!window.files().confirmDiscard()) {
                e.consume();
            }
        });
    }

    /**
     * Asks the desktop for its light/dark preference on a thread of its own (the query may wait on a slow command,
     * and must not hold up a decode on the app's workers); System follows the answer when it comes.
     */
    private static void followDesktopAppearance(MainWindow window) {
        Thread query = new Thread(() -> {
            boolean dark = DesktopAppearance.prefersDark();
            Platform.runLater(() -> window.desktopDarkProperty().set(dark));
        }, "offerkit-desktop-appearance");
        query.setDaemon(true);
        query.start();
    }

    private static void openInitialProject(MainWindow window, StartProject first) {
        switch (first.kind()) {
            case NAMED, LAST -> window.files().open(first.file());
            case FIRST_START -> window.files().openDemo();
            case LAST_GONE -> {
                // The session starts on an empty project: it stays open, and the user is told where the last one was
                // (in a dialog too, once any unsaved work of it has been looked for).
                Path gone = first.file();
                window.model().status().error(Messages.format("start.lastGone.status", gone.getFileName(), gone.getParent()));
            }
        }
    }

    @Override
    public void stop() {
        // Reached only through Quit or closing the window, both of which asked about unsaved changes first.
        if (autosave != null) {
            autosave.cleanExit();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
