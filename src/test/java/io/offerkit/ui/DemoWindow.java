package io.offerkit.ui;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared fixture of the TestFX tests: the main window on the demo project, as the app opens it, plus the two
 * ways a test talks to the FX thread (read a value on it; wait until a condition holds on it).
 */
public record DemoWindow(ProjectSession session, AppExecutor executor, MainWindow window) {
    /** Generous: the suite runs on 2 shared cores and WebKit's first start alone can take seconds. */
    public static final long TIMEOUT_SECONDS = 20;

    public static DemoWindow show(Stage stage, Path dir) throws Exception {
        ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
        AppExecutor executor = new AppExecutor();
        MainWindow window = MainWindow.create(session, executor, new StatusMessages());
        OfferKitApp.install(stage, window);
        stage.show();
        window.open(DemoProject.write(dir.resolve("demo")));
        return new DemoWindow(session, executor, window);
    }

    public void close() {
        executor.shutdown();
    }

    public static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** Scrolls the nearest scroll pane around the node as a user would, so the robot can click it. */
    public static void scrollIntoView(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (javafx.scene.Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                    double height = scroll.getContent().getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / Math.max(1, height - viewport))));
                    return;
                }
            }
        });
    }
}
