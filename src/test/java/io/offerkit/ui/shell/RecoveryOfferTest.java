package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.press;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.RecoveryFiles;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.ManualScheduler;
import io.offerkit.ui.session.Autosave;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opening a project while the app runs (Open Recent, File > Open) offers the work a crashed session left for it. */
@ExtendWith(ApplicationExtension.class)
class RecoveryOfferTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    MainWindow window;
    RecoveryFiles files;
    Path other;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        window = demo.window();
        files = new RecoveryFiles(dir.resolve("recovery"));
        Autosave autosave = new Autosave(demo.session(), files, new ManualScheduler());
        autosave.start();
        window.files().useAutosave(autosave);
        other = DemoProject.write(dir.resolve("other")).toAbsolutePath();
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(60)));
        files.write(ProjectFiles.read(other).withSummary("Left by a crashed session."), other);
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    private static DialogPane offer(FxRobot robot) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Restore your unsaved work?");
        return pane;
    }

    @Test
    void openRecentOffersTheRecoveredWork(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().openRecent(other));

        press(offer(robot), "Restore");

        assertThat(fx(() -> demo.session().file())).isEqualTo(other);
        assertThat(fx(() -> demo.session().project().summary())).isEqualTo("Left by a crashed session.");
        assertThat(fx(() -> demo.session().isDirty())).isTrue();
    }

    @Test
    void fileOpenOffersItTooAndDiscardRemovesIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().open(other));

        press(offer(robot), "Discard");

        assertThat(files.fileFor(other)).doesNotExist();
        assertThat(fx(() -> demo.session().isDirty())).isFalse();
    }

    @Test
    void escapeOrClosingTheQuestionNeverDiscardsTheWork(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().open(other));
        DialogPane pane = offer(robot);

        // A dialog closes on Escape (or its close box) only through a cancel button, whose answer it then takes.
        assertThat(pane.getButtonTypes()).noneMatch(b -> b.getButtonData().isCancelButton());
        press(pane, "Discard");
    }
}
