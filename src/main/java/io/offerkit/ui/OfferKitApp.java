package io.offerkit.ui;

import io.offerkit.ui.prefs.UserPreferences;
import io.offerkit.ui.prefs.WindowPlacement;
import io.offerkit.ui.shell.MainWindow;
import io.offerkit.ui.shell.Section;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the project named by {@code --open=FILE}, else the bundled demo; with
 * {@code --screenshot=FILE.png} it writes a picture of the window once it has settled and exits.
 */
public class OfferKitApp extends Application {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final AppExecutor executor = new AppExecutor();
    private Autosave autosave;

    @Override
    public void start(Stage stage) {
        java.util.List<String> args = getParameters().getRaw();
        LaunchOptions options = LaunchOptions.parse(args);
        Path dataDir = DemoLocation.dataDir();
        Path project = options.open().orElse(DemoLocation.demoFile(dataDir));
        StatusMessages status = new StatusMessages();
        UserPreferences preferences = new UserPreferences(dataDir);
        Theme theme = LaunchOptions.theme(args).orElseGet(preferences::theme);
        ThemeStyles.useBase(theme.isDark(System.getenv())); // before the first control exists
        MainWindow window = MainWindow.opening(String.valueOf(project.getFileName()), executor, status);
        LaunchOptions.theme(args).ifPresentOrElse(window.themeProperty()::set,
                () -> window.usePreferences(preferences));
        Scene scene = install(stage, window);
        followDesktopAppearance(window);
        if (options.screenshot().isEmpty()) {
            WindowPlacement.restore(stage, preferences);
        }
        options.section().flatMap(Section::named).ifPresent(window.model().sectionProperty()::set);
        boolean probe = LaunchOptions.printStartup(args);
        if (probe) {
            // The first frame (the shell) is the start-up figure; the frame with the opened sections follows.
            StartupProbe.printWhenShown(stage, code -> { });
        }
        stage.show();
        // The window's shell is on the screen first; then the profiles are read (and the project's reader and
        // renderers warmed up) off the FX thread, and the sections follow.
        java.util.concurrent.Callable<Path> toOpen = () -> options.open().isPresent() ? project
                : DemoLocation.ensureDemo(dataDir);
        window.openWhenReady(() -> SessionLoader.load(executor, toOpen), w -> openInitialProject(w, options))
                .whenComplete((opened, error) -> {
                    if (error == null) {
                        opened(stage, window, options, status, probe);
                    }
                    if (probe) {
                        StartupProbe.printAtNextFrame(scene, error == null ? "opened" : "failed", OfferKitApp::exit);
                    }
                });
        options.screenshot().ifPresent(file -> Screenshot.whenSettled(scene, window::isSettled, file, OfferKitApp::exit));
    }

    /** The rest of start-up, once the project is open and the sections are built. */
    private void opened(Stage stage, MainWindow window, LaunchOptions options, StatusMessages status, boolean probe) {
        java.util.List<String> args = getParameters().getRaw();
        window.useRecentProjects(new RecentProjects(DemoLocation.dataDir()));
        autosave = new Autosave(window.model().session(), new io.offerkit.project.RecoveryFiles(DemoLocation.dataDir().resolve("recovery")),
                Scheduler.singleThread("offerkit-autosave"));
        LaunchOptions.zoom(args).ifPresent(window.logosView()::zoom);
        java.util.List<Path> inspect = LaunchOptions.inspect(args);
        if (!inspect.isEmpty()) {
            window.inspectView().add(inspect);
        }
        if (options.screenshot().isEmpty() && !probe) {
            autosave.pending().ifPresent(found -> RecoveryDialog.offer(stage, autosave, found, status));
        }
        autosave.start();
    }

    private static void exit(int code) {
        Platform.exit();
        System.exit(code);
    }

    /** Puts the main window into a stage: scene, style, live title, and a guard against closing unsaved work. */
    public static Scene install(Stage stage, MainWindow window) {
        Scene scene = createScene(window);
        stage.setScene(scene);
        stage.titleProperty().bind(window.model().titleBinding());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // The icons (PNGs to decode, then scaled by the window system: ~10 % of stage.show() here) are no part of the
        // window's first frame.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, shown -> Frames.next(scene)
                .thenRun(() -> stage.getIcons().setAll(AppIcons.load())));
        stage.setOnCloseRequest(e -> {
            if (!window.confirmDiscard()) {
                e.consume();
            }
        });
        return scene;
    }

    private static Scene createScene(MainWindow window) {
        Scene scene = new Scene(window, WIDTH, HEIGHT);
        ThemeStyles.apply(scene.getStylesheets(), window.darkBinding().get());
        window.darkBinding().addListener((obs, old, now) -> ThemeStyles.apply(scene.getStylesheets(), now));
        return scene;
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

    private static void openInitialProject(MainWindow window, LaunchOptions options) {
        if (options.open().isPresent()) {
            window.open(options.open().get());
            return;
        }
        try {
            Path demo = DemoLocation.ensureDemo(DemoLocation.dataDir());
            window.open(demo);
            window.model().status().info(Messages.format("status.demoOpened", demo.getParent()));
        } catch (Exception e) {
            window.model().status().error(Messages.format("status.demoFailed", e.getMessage()));
        }
    }

    @Override
    public void stop() {
        // Reached only through Quit or closing the window, both of which asked about unsaved changes first.
        if (autosave != null) {
            autosave.cleanExit();
        }
        executor.shutdown();
    }
}
