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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The whole start-up as the app runs it: the outline's first frame, the shell in its place, then the opened demo.
 * What the outline hands over must all be there at the end: the window's stylesheets, its title following the
 * project, its minimum size and icons.
 */
class AppStartTest {
    @TempDir
    Path home;
    private String previousHome;
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        previousHome = System.setProperty("offerkit.home", home.toString());
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(OfferKitApp.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        fx(() -> {
            stage.hide();
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
