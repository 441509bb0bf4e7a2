package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Fit;
import io.offerkit.ui.app.OfferKitApp;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Start-up shows the window's shell before the session exists, and fills it in when it does. The session is held
 * back by the test (a future it completes), so the two states are seen in order without any timing.
 */
@ExtendWith(ApplicationExtension.class)
class StartupShellTest {
    @TempDir
    Path dir;
    WorkerPool executor;
    StatusMessages status;
    MainWindow window;
    Stage stage;
    Path project;
    final CompletableFuture<ProjectSession> session = new CompletableFuture<>();
    CompletableFuture<Void> opened;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = DemoProject.write(dir.resolve("demo"));
        executor = new WorkerPool();
        status = new StatusMessages();
        window = MainWindow.opening(String.valueOf(project.getFileName()), executor, status);
        OfferKitApp.install(stage, window);
        stage.show();
        opened = window.openWhenReady(() -> session, w -> w.files().open(project));
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdown();
    }

    private static List<MenuItem> allItems(List<? extends MenuItem> items) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem item : items) {
            all.add(item);
            if (item instanceof Menu menu) {
                all.addAll(allItems(menu.getItems()));
            }
        }
        return all;
    }

    @Test
    void theShellShowsAtOnceAndTheOpenedSectionsReplaceItsPlaceholders(FxRobot robot) throws Exception {
        // The shell: menu, navigation, status bar, and "Opening …" where the section and the checklist go.
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Profile", "Help");
        assertThat(fx(() -> allItems(menus.getMenus()).stream().allMatch(MenuItem::isDisable)))
                .as("no command runs before there is a project").isTrue();
        assertThat(robot.lookup("#nav-logos").query().isVisible()).isTrue();
        assertThat(robot.lookup("#openingSection").queryLabeled().getText())
                .isEqualTo("Opening contoso-route-planner.offerkit…");
        assertThat(robot.lookup("#openingChecklist").query().isVisible()).isTrue();
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).startsWith("Opening contoso-route-planner");
        assertThat(robot.lookup("#checklist").tryQuery()).isEmpty();
        assertThat(fx(stage::getTitle)).isEqualTo("OfferKit");
        assertThat(fx(window::isOpened)).isFalse();
        assertThat(fx(window::isSettled)).isFalse();

        // The window stays usable: the navigation switches sections while the project opens.
        robot.clickOn("#nav-documents");
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.DOCUMENTS);
        assertThat(robot.lookup("#openingSection").query().isVisible()).isTrue();

        // The session arrives (made off the FX thread, as SessionLoader does): the project opens into it and the
        // sections replace the placeholders.
        session.complete(new ProjectSession(ProfileRegistry.builtIn()));
        waitUntil(window::isOpened);
        assertThat(opened).isCompleted();
        assertThat(robot.lookup("#openingSection").tryQuery()).isEmpty();
        assertThat(robot.lookup("#openingChecklist").tryQuery()).isEmpty();
        ProjectSession open = window.model().session();
        // Rows and fields sit in scroll panes, which take their content into the scene with their skins (next pulse).
        waitUntil(() -> robot.lookup(".check-row").queryAll().size() == open.profile().checklist().size());
        waitUntil(() -> robot.lookup("#link-help").tryQuery().isPresent()); // the section chosen while opening
        assertThat(fx(stage::getTitle)).isEqualTo("Contoso Route Planner — OfferKit");
        assertThat(fx(() -> open.isDirty())).isFalse();
        assertThat(robot.lookup("#statusProfile").queryLabeled().getText()).contains("rules as of 2019-04-24");
        assertThat(fx(() -> allItems(menus.getMenus()).stream().filter(i -> "Save".equals(i.getText()))
                .noneMatch(MenuItem::isDisable))).isTrue();
        assertThat(fx(() -> menus.getMenus().get(3).getItems().stream().map(MenuItem::getId).toList()))
                .contains("profile-appsource-d365-ce-2019", "profile-partner-center-d365");
        waitUntil(window::isSettled);
    }

    /**
     * What the start-up probe's opened-ms counts ({@link MainWindow#whenUsable}) is a window to work in, not one that
     * looks ready: at that moment every slot shows its pixels and PNG size, the checklist has its rows, and the shown
     * section takes a click and a keystroke at once, with no wait in between.
     */
    @Test
    void theSectionShownWhenUsableTakesAClickAndAKeystrokeAtOnce(FxRobot robot) throws Exception {
        // Looked at on the FX thread in the very turn the window becomes usable, before any later pulse could fill in
        // what was missing.
        CompletableFuture<List<String>> missing = window.whenUsable().thenApply(usable -> notReadyYet(robot));
        session.complete(new ProjectSession(ProfileRegistry.builtIn()));
        waitUntil(missing::isDone);
        assertThat(missing.get()).isEmpty();
        ProjectSession open = window.model().session();

        Fit before = fx(() -> open.project().logo().defaults().fit());
        Fit other = before == Fit.COVER ? Fit.CONTAIN : Fit.COVER;
        robot.clickOn("#fit-" + other.name().toLowerCase(Locale.ROOT));
        assertThat(fx(() -> open.project().logo().defaults().fit())).isEqualTo(other);
        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        assertThat(fx(() -> open.project().logo().defaults().fit())).as("undone by the keystroke").isEqualTo(before);
    }

    /** What of the opened Logos section is not there yet: placeholders, slots without pixels or size, checklist rows. */
    private List<String> notReadyYet(FxRobot robot) {
        List<String> missing = new ArrayList<>();
        if (robot.lookup("#openingSection").tryQuery().isPresent()) {
            missing.add("the placeholder");
        }
        ProjectSession open = window.model().session();
        if (robot.lookup(".check-row").queryAll().size() != open.profile().checklist().size()) {
            missing.add("checklist rows");
        }
        for (ImageSlot slot : open.profile().imageSlots()) {
            if (robot.lookup("#slot-" + slot.id() + " .image-view").tryQueryAs(ImageView.class)
                    .map(ImageView::getImage).isEmpty()) {
                missing.add(slot.id() + "'s pixels");
            }
            String size = robot.lookup("#bytes-" + slot.id()).tryQueryAs(Label.class).map(Label::getText).orElse("");
            if (size.isEmpty() || size.equals(Messages.text("logos.slot.measuring"))) {
                missing.add(slot.id() + "'s PNG size");
            }
        }
        return missing;
    }

    @Test
    void aSessionThatCannotBeMadeIsSaidWhereTheSectionsWouldBe(FxRobot robot) throws Exception {
        session.completeExceptionally(new IllegalStateException("Built-in profile x is broken"));
        waitUntil(opened::isDone);
        assertThat(opened).isCompletedExceptionally();
        Label placeholder = robot.lookup("#openingSection").queryAs(Label.class);
        assertThat(placeholder.getText()).contains("Built-in profile x is broken");
        assertThat(fx(status::isError)).isTrue();
        assertThat(fx(window::isOpened)).isFalse();
        Node checklist = robot.lookup("#openingChecklist").query();
        assertThat(checklist.isVisible()).isTrue();
    }
}
