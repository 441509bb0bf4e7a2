package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.WorkerPool;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A stage that is given another shell lets the first one go, with its project and its captures: nothing the shell
 * puts on the stage (a focus listener, a shown handler) may outlive its place in it. TestFX keeps one stage for every
 * test, so a shell held by the stage is a whole demo project per test; the suite ran out of 3 GB that way.
 */
@ExtendWith(ApplicationExtension.class)
class ShellReleaseTest {
    @TempDir
    Path dir;
    Stage stage;
    WorkerPool first;
    WorkerPool second;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stopExecutors() {
        first.shutdown();
        second.shutdown();
    }

    @Test
    void aShellReplacedOnItsStageIsCollected() throws Exception {
        DemoWindow opened = fx(() -> DemoWindow.show(stage, dir.resolve("a")));
        first = opened.executor();
        WeakReference<MainWindow> replaced = new WeakReference<>(opened.window());
        opened = null;
        second = fx(() -> DemoWindow.show(stage, dir.resolve("b"))).executor();
        fx(() -> {
            stage.requestFocus(); // the focus listener is the one that held on
            return null;
        });
        for (int attempt = 0; attempt < 50 && replaced.get() != null; attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(replaced.get()).as("the first shell, after the stage was given another").isNull();
    }
}
