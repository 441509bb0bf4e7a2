package io.offerkit.ui;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.app.OfferKitApp;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.SessionLoader;
import io.offerkit.ui.shell.MainWindow;
import io.offerkit.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared fixture of the TestFX tests: the main window on the demo project, as the app opens it (the shell first,
 * then the session made in the background and the sections filled in), plus the two ways a test talks to the FX
 * thread (read a value on it; wait until a condition holds on it).
 */
public record DemoWindow(ProjectSession session, WorkerPool executor, MainWindow window) {
    /** Generous: the suite runs on 2 shared cores and WebKit's first start alone can take seconds. */
    public static final long TIMEOUT_SECONDS = 20;

    /** Shows the demo window and returns once it is opened (its sections built); call it on the FX thread (@Start). */
    public static DemoWindow show(Stage stage, Path dir) throws Exception {
        Path file = DemoProject.write(dir.resolve("demo"));
        WorkerPool executor = new WorkerPool();
        MainWindow window = MainWindow.opening(String.valueOf(file.getFileName()), executor, new StatusMessages());
        OfferKitApp.install(stage, window);
        // TestFX keeps one stage for every test: a size another test gave it would stay otherwise.
        stage.setWidth(OfferKitApp.WIDTH);
        stage.setHeight(OfferKitApp.HEIGHT);
        stage.show();
        awaitOnFxThread(window.openWhenReady(() -> SessionLoader.load(executor, () -> file), w -> w.files().open(file)));
        return new DemoWindow(window.model().session(), executor, window);
    }

    /** The main window on an empty, untitled project with these sections, shown; call it on the FX thread (@Start). */
    public static DemoWindow showEmpty(Stage stage, List<Section> sections) {
        ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
        WorkerPool executor = new WorkerPool();
        MainWindow window = MainWindow.create(session, executor, new StatusMessages(), sections);
        OfferKitApp.install(stage, window);
        stage.show();
        return new DemoWindow(session, executor, window);
    }

    /**
     * Waits for work that completes on the FX thread while on it (a test's @Start): events and pulses go on in a
     * nested event loop, as under {@code showAndWait}, until the work is done or the time limit passes.
     */
    static void awaitOnFxThread(CompletableFuture<?> work) throws Exception {
        if (!work.isDone()) {
            Object loop = new Object();
            boolean[] left = new boolean[1];
            Runnable leave = () -> {
                if (!left[0]) {
                    left[0] = true;
                    Platform.exitNestedEventLoop(loop, null);
                }
            };
            work.whenComplete((value, error) -> Platform.runLater(leave));
            PauseTransition limit = new PauseTransition(Duration.seconds(TIMEOUT_SECONDS));
            limit.setOnFinished(e -> leave.run());
            limit.play();
            Platform.enterNestedEventLoop(loop);
            limit.stop();
        }
        if (!work.isDone()) {
            throw new TimeoutException("the demo window did not open within " + TIMEOUT_SECONDS + " s");
        }
        work.get();
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

    /** Presses the button of a dialog that is labelled {@code text}, on the FX thread, as a click on it would. */
    public static void press(DialogPane pane, String text) throws Exception {
        fx(() -> {
            pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                    .map(b -> (Button) pane.lookupButton(b)).orElseThrow().fire();
            return null;
        });
    }

    /** Scrolls the nearest scroll pane around the node as a user would, so the robot can click it. */
    public static void scrollIntoView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll) {
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
