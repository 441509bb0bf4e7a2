package io.offerkit.ui.app;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.press;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.RecoveryFiles;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.prefs.LastFolder;
import io.offerkit.ui.session.RecentProjects;
import io.offerkit.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The whole start-up as the app runs it: the outline's first frame, the shell in its place, then the opened demo.
 * What the outline hands over must all be there at the end: the window's stylesheets, its title following the
 * project, its minimum size and icons.
 */
class AppStartTest {
    /**
     * Not a temporary folder: the start-up leaves a handler on TestFX's shared primary stage that saves the window's
     * place into this folder whenever a later test hides the stage, which would bring a deleted folder back.
     */
    private final Path home = Path.of("target", "app-start-test-home").toAbsolutePath();
    private String previousHome;
    private Stage stage;
    private Application app;

    @BeforeEach
    void cleanHome() throws Exception {
        if (Files.exists(home)) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        previousHome = System.setProperty("offerkit.home", home.toString());
        stage = FxToolkit.registerPrimaryStage();
        // TestFX shares its primary stage between test classes: start from a stage as the app gets it, so what this
        // test sees set was set by the start-up.
        FxToolkit.setupStage(s -> {
            s.titleProperty().unbind();
            s.setTitle("");
            s.getIcons().clear();
            s.setMinWidth(0);
            s.setMinHeight(0);
        });
    }

    /** Starts the app plainly (no option), as a double-click on its icon does, on what the home folder holds. */
    private MainWindow launch() throws Exception {
        app = FxToolkit.setupApplication(OfferKitApp.class);
        waitUntil(() -> stage.getScene().getRoot() instanceof MainWindow window && window.isOpened());
        return fx(() -> (MainWindow) stage.getScene().getRoot());
    }

    /** The open dialog whose header is {@code header}, once it shows. */
    private static DialogPane dialog(String header) throws Exception {
        waitUntil(() -> openDialog(header) != null);
        return fx(() -> openDialog(header));
    }

    private static DialogPane openDialog(String header) {
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && header.equals(pane.getHeaderText()))
                .map(DialogPane.class::cast).findFirst().orElse(null);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage other) {
                    other.close(); // a dialog a test left open
                }
            }
            return null;
        });
        LastFolder.use(null); // the app's start-up gave it the preferences; later tests expect none
        fx(() -> {
            stage.hide();
            stage.titleProperty().unbind();
            stage.setOnCloseRequest(null);
            return null;
        });
        if (previousHome == null) {
            System.clearProperty("offerkit.home");
        } else {
            System.setProperty("offerkit.home", previousHome);
        }
    }

    @Test
    void theOutlineGivesWayToTheShellAndTheOpenedDemo() throws Exception {
        MainWindow window = launch();
        assertThat(fx(() -> stage.getScene().getStylesheets())).contains(ThemeStyles.LIGHT);
        assertThat(fx(stage::getTitle)).isEqualTo(fx(() -> window.model().titleBinding().get()))
                .contains("Contoso");
        assertThat(fx(stage::getMinWidth)).isEqualTo(960);
        assertThat(fx(stage::getMinHeight)).isEqualTo(600);
        waitUntil(() -> !stage.getIcons().isEmpty());
        assertThat(fx(() -> stage.getScene().lookup("#shellSkeleton"))).isNull();
    }

    /** The project a crashed session had open, with the unsaved work it left in its recovery file. */
    private Path crashedProject() throws Exception {
        Path project = DemoProject.write(home.resolve("work"));
        Files.setLastModifiedTime(project, FileTime.from(Instant.now().minusSeconds(60)));
        new RecentProjects(home).add(project);
        Project unsaved = ProjectFiles.read(project).withSummary("Typed just before the crash.");
        new RecoveryFiles(home.resolve("recovery")).write(unsaved, project);
        return project.toAbsolutePath();
    }

    @Test
    void aPlainStartReopensTheLastProjectAndOffersItsUnsavedWork() throws Exception {
        Path project = crashedProject();

        MainWindow window = launch();

        assertThat(fx(() -> window.model().session().file())).isEqualTo(project);
        press(dialog("Restore your unsaved work?"), "Restore");
        assertThat(fx(() -> window.model().session().project().summary())).isEqualTo("Typed just before the crash.");
        assertThat(fx(() -> window.model().session().isDirty())).isTrue();
    }

    @Test
    void theOfferDiscardedRemovesTheRecoveryFile() throws Exception {
        Path project = crashedProject();
        Path recovery = new RecoveryFiles(home.resolve("recovery")).fileFor(project);

        launch();
        press(dialog("Restore your unsaved work?"), "Discard");

        waitUntil(() -> !Files.exists(recovery));
    }

    @Test
    void aLastProjectThatWasMovedIsSaidAndAnEmptyProjectOpens() throws Exception {
        Path gone = home.resolve("moved-away.offerkit");
        new RecentProjects(home).add(gone);

        MainWindow window = launch();

        assertThat(dialog("moved-away.offerkit is no longer there").getContentText()).contains(gone.getParent().toString());
        assertThat(fx(() -> window.model().session().file())).isNull();
    }

    @Test
    void helpOpensTheDemoProject() throws Exception {
        crashedProject();
        MainWindow window = launch();
        press(dialog("Restore your unsaved work?"), "Discard");

        fx(() -> {
            window.files().openDemo();
            return null;
        });

        assertThat(fx(() -> window.model().session().file())).isEqualTo(DemoLocation.demoFile(home).toAbsolutePath());
    }

    @Test
    void theWorkOfAGoneLastProjectIsOfferedIntoAnEmptyProject() throws Exception {
        Path project = crashedProject();
        Files.delete(project);

        MainWindow window = launch();

        DialogPane offer = dialog("Restore your unsaved work?");
        assertThat(offer.getContentText()).contains("no longer there");
        press(offer, "Restore");
        assertThat(fx(() -> window.model().session().file())).isNull();
        assertThat(fx(() -> window.model().session().project().summary())).isEqualTo("Typed just before the crash.");
    }
}
