package io.offerkit.ui;

import io.offerkit.profile.ProfileRegistry;
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
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        StatusMessages status = new StatusMessages();
        ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
        MainWindow window = MainWindow.create(session, executor, status);
        Scene scene = install(stage, window);
        followDesktopAppearance(window);
        openInitialProject(window, options);
        window.useRecentProjects(new RecentProjects(DemoLocation.dataDir()));
        UserPreferences preferences = new UserPreferences(DemoLocation.dataDir());
        LaunchOptions.theme(getParameters().getRaw()).ifPresentOrElse(window.themeProperty()::set,
                () -> window.usePreferences(preferences));
        if (options.screenshot().isEmpty()) {
            WindowPlacement.restore(stage, preferences);
        }
        autosave = new Autosave(session, new io.offerkit.project.RecoveryFiles(DemoLocation.dataDir().resolve("recovery")),
                Scheduler.singleThread("offerkit-autosave"));
        options.section().flatMap(Section::named).ifPresent(window.model().sectionProperty()::set);
        LaunchOptions.zoom(getParameters().getRaw()).ifPresent(window.logosView()::zoom);
        java.util.List<Path> inspect = LaunchOptions.inspect(getParameters().getRaw());
        if (!inspect.isEmpty()) {
            window.inspectView().add(inspect);
        }
        boolean probe = LaunchOptions.printStartup(getParameters().getRaw());
        if (probe) {
            StartupProbe.printWhenShown(stage, code -> {
                Platform.exit();
                System.exit(code);
            });
        }
        stage.show();
        if (options.screenshot().isEmpty() && !probe) {
            autosave.pending().ifPresent(found -> RecoveryDialog.offer(stage, autosave, found, status));
        }
        autosave.start();
        options.screenshot().ifPresent(file -> Screenshot.whenSettled(scene, window::isSettled, file, code -> {
            Platform.exit();
            System.exit(code);
        }));
    }

    /** Puts the main window into a stage: scene, style, live title, and a guard against closing unsaved work. */
    public static Scene install(Stage stage, MainWindow window) {
        Scene scene = createScene(window);
        stage.setScene(scene);
        stage.titleProperty().bind(window.model().titleBinding());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.getIcons().setAll(AppIcons.load());
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
