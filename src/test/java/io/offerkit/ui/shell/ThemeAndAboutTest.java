package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.app.AboutInfo;
import io.offerkit.ui.app.OfferKitApp;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.prefs.UserPreferences;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ThemeAndAboutTest {
    @TempDir
    Path dir;
    WorkerPool executor;
    MainWindow window;

    @Start
    void start(Stage stage) {
        executor = new WorkerPool();
        window = MainWindow.create(new ProjectSession(ProfileRegistry.builtIn()), executor, new StatusMessages());
        window.themeProperty().set(Theme.LIGHT);
        OfferKitApp.install(stage, window);
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdown();
    }

    private RadioMenuItem themeItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        Menu theme = (Menu) view.getItems().get(view.getItems().size() - 1);
        for (MenuItem item : theme.getItems()) {
            if (id.equals(item.getId())) {
                return (RadioMenuItem) item;
            }
        }
        throw new AssertionError("no " + id);
    }

    @Test
    void viewThemeSwapsTheDarkStylesheetInAndOut(FxRobot robot) throws Exception {
        assertThat(fx(() -> window.getScene().getStylesheets())).containsExactly(ThemeStyles.LIGHT);
        assertThat(fx(() -> themeItem(robot, "theme-light").isSelected())).isTrue();

        fx(() -> {
            themeItem(robot, "theme-dark").fire();
            return null;
        });
        assertThat(fx(() -> window.getScene().getStylesheets())).containsExactly(ThemeStyles.LIGHT, ThemeStyles.DARK);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeStyles.BASE_DARK);
        assertThat(fx(() -> themeItem(robot, "theme-light").isSelected())).isFalse();

        fx(() -> {
            themeItem(robot, "theme-light").fire();
            return null;
        });
        assertThat(fx(() -> window.getScene().getStylesheets())).containsExactly(ThemeStyles.LIGHT);
    }

    @Test
    void systemFollowsTheDesktopWhenItAnswers() throws Exception {
        fx(() -> {
            window.desktopDarkProperty().set(false);
            window.themeProperty().set(Theme.SYSTEM);
            return null;
        });
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeStyles.BASE_LIGHT);
        fx(() -> {
            window.desktopDarkProperty().set(true);
            return null;
        });
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeStyles.BASE_DARK);
        assertThat(fx(() -> window.getScene().getStylesheets())).contains(ThemeStyles.DARK);
        fx(() -> {
            window.themeProperty().set(Theme.LIGHT); // the user's explicit choice wins over the desktop
            return null;
        });
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeStyles.BASE_LIGHT);
    }

    @Test
    void theStateIconsAndTheLightBaseAreAtlantaFx(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeStyles.BASE_LIGHT).contains("atlantafx");
        assertThat(robot.lookup(".state-badge .ok-icon").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".nav-button .ok-icon").queryAll()).hasSize(Section.values().size());
    }

    @Test
    void theChosenThemeIsRememberedAndRestored() throws Exception {
        UserPreferences prefs = new UserPreferences(dir);
        fx(() -> {
            window.usePreferences(prefs);
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        assertThat(new UserPreferences(dir).theme()).isEqualTo(Theme.DARK);
        assertThat(fx(() -> window.getScene().getStylesheets())).contains(ThemeStyles.DARK);
    }

    @Test
    void aboutListsVersionsAndEveryLibrary() throws Exception {
        AboutInfo info = AboutInfo.current();
        Alert about = fx(() -> AboutDialog.create(info, "AppSource"));
        ListView<?> libraries = (ListView<?>) about.getDialogPane().lookup("#aboutLibraries");
        assertThat(libraries.getItems()).hasSize(info.libraries().size()).anySatisfy(i -> assertThat(i.toString())
                .isEqualTo("OpenJFX (JavaFX) — GPL-2.0 with the Classpath Exception"));
        Label versions = (Label) about.getDialogPane().lookup("#aboutVersions");
        assertThat(versions.getText()).contains("Java " + System.getProperty("java.version"),
                "JavaFX " + System.getProperty("javafx.runtime.version"), "Active profile: AppSource");
    }

    @Test
    void viewMenuShortcutsShowEachSection(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        assertThat(view.getItems()).filteredOn(i -> i.getAccelerator() != null)
                .extracting(i -> i.getText() + "=" + i.getAccelerator().getName())
                .containsExactly("Logos=Shortcut+1", "Description=Shortcut+2", "Documents=Shortcut+3",
                        "Screenshots & videos=Shortcut+4", "Listing details=Shortcut+5", "Check sizes=Shortcut+6",
                        "Hand-off=Shortcut+7");
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> window.model().sectionProperty().get()) == Section.DOCUMENTS);
        assertThat(robot.lookup("#nav-documents").queryAs(ToggleButton.class).getTooltip().getText())
                .startsWith("Terms of use");
    }

    @Test
    void checklistMarksHaveSpokenNames(FxRobot robot) {
        List<String> spoken = robot.lookup(".check-row").queryAll().stream().map(Node::getAccessibleText).toList();
        assertThat(spoken).isNotEmpty()
                .allSatisfy(text -> assertThat(text).matches(".+\\. (Passed|Warning|Failed|To confirm)\\. .*"));
    }
}
