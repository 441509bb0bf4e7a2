package io.offerkit.ui;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.shell.MainWindow;
import java.nio.file.Path;
import javafx.stage.Stage;
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
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        if (java.nio.file.Files.exists(home)) {
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(home)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(file);
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
        app = FxToolkit.setupApplication(OfferKitApp.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        io.offerkit.ui.prefs.LastFolder.use(null); // the app's start-up gave it the preferences; later tests expect none
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
        waitUntil(() -> stage.getScene().getRoot() instanceof MainWindow window && window.isOpened());

        MainWindow window = fx(() -> (MainWindow) stage.getScene().getRoot());
        assertThat(fx(() -> stage.getScene().getStylesheets())).contains(ThemeStyles.LIGHT);
        assertThat(fx(stage::getTitle)).isEqualTo(fx(() -> window.model().titleBinding().get()))
                .contains("Contoso");
        assertThat(fx(stage::getMinWidth)).isEqualTo(960);
        assertThat(fx(stage::getMinHeight)).isEqualTo(600);
        waitUntil(() -> !stage.getIcons().isEmpty());
        assertThat(fx(() -> stage.getScene().lookup("#shellSkeleton"))).isNull();
    }
}
