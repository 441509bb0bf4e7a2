package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.press;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.session.ProjectSession;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.offerkit.ui.fx.FxImages;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, item 5: File > New asks which offer type; changing the offer type of the open demo shows what changes
 * before it happens, is one undo step (the saved file comes back byte for byte), and the logos and screenshots
 * follow the new sizes.
 */
@ExtendWith(ApplicationExtension.class)
class OfferTypeTest {
    /** Where the dialogs' pictures go, to be looked at (not part of the build). */
    private static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "s17-offertype");
    private static final String SEED = ProfileRegistry.DEFAULT_PROFILE_ID;

    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        window = demo.window();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void fileNewListsEachOfferTypeWithTheSeedsFirstAndChosenAndMakesAProjectOfTheChosenOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.files().newProject());
        DialogPane pane = dialog(robot, "#newProjectDialog");
        ListView<Profile> types = robot.lookup("#offerTypes").queryListView();
        assertThat(fx(() -> types.getItems().stream().map(Profile::id).toList()))
                .hasSize(session.registry().all().size()).first().isEqualTo(SEED);
        assertThat(fx(() -> types.getSelectionModel().getSelectedItem().id())).isEqualTo(SEED);
        waitUntil(() -> robot.lookup("#offerType-" + SEED).tryQuery().isPresent());
        assertThat(texts(robot, "#offerType-" + SEED + " .label"))
                .containsExactly("AppSource: Dynamics 365 for Customer Engagement app (2019)",
                        "AppSource · " + RulesAge.of(session.registry().get(SEED), java.time.LocalDate.now()));
        assertThat(texts(robot, "#offerType-" + SEED + " .label").get(1)).contains("rules checked");
        snapshot(pane, "file-new.png");

        robot.interact(() -> types.getSelectionModel().select(session.registry().find("teams-app").orElseThrow()));
        press(pane, "Create Project");

        waitUntil(() -> session.profile().id().equals("teams-app"));
        assertThat(fx(() -> session.project())).isEqualTo(Project.empty("teams-app"));
        assertThat(fx(() -> session.file())).isNull();
    }

    @Test
    void cancellingFileNewMakesNothing(FxRobot robot) throws Exception {
        Project before = fx(() -> session.project());
        Path file = fx(() -> session.file());
        WaitForAsyncUtils.asyncFx(() -> window.files().newProject());
        press(dialog(robot, "#newProjectDialog"), "Cancel");

        waitUntil(() -> robot.lookup("#newProjectDialog").tryQuery().isEmpty());
        assertThat(fx(() -> session.project())).isSameAs(before);
        assertThat(fx(() -> session.file())).isEqualTo(file);
        assertThat(fx(() -> session.canUndoProperty().get())).isFalse();
    }

    @Test
    void theDemoChangesToTeamsAndBackThroughTheDialogAndUndoRestoresTheFileByteForByte(FxRobot robot) throws Exception {
        Path file = fx(() -> session.file());
        assertThat(fx(() -> window.model().save())).isTrue();
        byte[] seedBytes = Files.readAllBytes(file);

        WaitForAsyncUtils.asyncFx(() -> window.files().changeOfferType("teams-app"));
        DialogPane pane = dialog(robot, "#changeOfferTypeDialog");
        List<String> toTeams = texts(robot, "#offerTypeChanges .label");
        assertThat(toTeams).contains("To fill for Microsoft Teams app (Teams Store)",
                "•  Colour icon 192x192: made from your logo",
                "•  Outline icon 32x32: made from your logo",
                "•  Screenshots: 1366x768 instead of 1280x720; the 3 you made are rendered again at the new size from the captures",
                "•  Developer name: empty, asked for by this offer",
                "Not used by Microsoft Teams app (Teams Store): kept in the project, hidden",
                "•  Search keywords: 3 items",
                "•  Videos: 1 video",
                "No longer made for Microsoft Teams app (Teams Store)",
                "•  Logos of 40x40, 90x90, 115x115, 255x115: made again from your logo if you change back");
        assertThat(toTeams).noneMatch(line -> line.startsWith("Text over"));
        assertThat(fx(() -> session.profile().id())).as("nothing changes before the user says so").isEqualTo(SEED);
        snapshot(pane, "change-offer-type.png");
        assertThat(fx(pane::getWidth)).as("wide enough for the offer types' titles and the changes").isGreaterThan(900);
        press(pane, "Change Offer Type");

        waitUntil(() -> session.profile().id().equals("teams-app"));
        assertRendered(robot, "#slot-color-192x192 .logo-image", 192, 192);
        assertRendered(robot, "#slot-outline-32x32 .logo-image", 32, 32);
        robot.interact(() -> window.model().sectionProperty().set(Section.MEDIA));
        assertRendered(robot, "#media-result-image", 1366, 768);
        assertThat(fx(() -> window.model().save())).isTrue();
        assertThat(Files.readString(file)).contains("\"teams-app\"");

        robot.interact(() -> session.undo());
        assertThat(fx(() -> session.canUndoProperty().get())).as("the change was one step").isFalse();
        assertThat(fx(() -> window.model().save())).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(seedBytes);
        assertRendered(robot, "#media-result-image", 1280, 720);

        robot.interact(() -> session.redo());
        WaitForAsyncUtils.asyncFx(() -> window.files().changeOfferType(SEED));
        pane = dialog(robot, "#changeOfferTypeDialog");
        assertThat(texts(robot, "#offerTypeChanges .label")).contains(
                "•  Small logo 40x40: made from your logo",
                "•  Videos: up to 4, 1280x720 each; the one you made comes back at this size",
                "•  Logos of 192x192, 32x32: made again from your logo if you change back")
                .noneMatch(line -> line.startsWith("Not used by"));
        snapshot(pane, "change-offer-type-back.png");
        press(pane, "Change Offer Type");
        waitUntil(() -> session.profile().id().equals(SEED));
        assertThat(fx(() -> window.model().save())).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(seedBytes);
    }

    @Test
    void anOfferTypeOfTheProfileMenuOpensTheDialogOnItAndCancelChangesNothing(FxRobot robot) throws Exception {
        Project before = fx(() -> session.project());
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem powerBi = fx(() -> menus.getMenus().get(3).getItems().stream()
                .filter(i -> "profile-power-bi-visual".equals(i.getId())).findFirst().orElseThrow());
        WaitForAsyncUtils.asyncFx(powerBi::fire);
        DialogPane pane = dialog(robot, "#changeOfferTypeDialog");
        ListView<Profile> types = robot.lookup("#offerTypes").queryListView();
        assertThat(fx(() -> types.getSelectionModel().getSelectedItem().id())).isEqualTo("power-bi-visual");
        assertThat(texts(robot, "#offerTypeChanges .label")).isNotEmpty();
        press(pane, "Cancel");

        waitUntil(() -> robot.lookup("#changeOfferTypeDialog").tryQuery().isEmpty());
        assertThat(fx(() -> session.project())).isSameAs(before);
        assertThat(fx(() -> session.canUndoProperty().get())).isFalse();
    }

    private static DialogPane dialog(FxRobot robot, String id) throws Exception {
        waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    private static List<String> texts(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    private static void assertRendered(FxRobot robot, String query, int width, int height) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().map(n -> {
            Image image = ((ImageView) n).getImage();
            return image != null && image.getWidth() == width && image.getHeight() == height;
        }).orElse(false));
    }

    /** The dialog as it is on screen, into {@link #SHOTS} for a person to look at. */
    private static void snapshot(DialogPane pane, String name) throws Exception {
        BufferedImage image = fx(() -> FxImages.toBuffered(pane.getScene().snapshot(null)));
        Files.createDirectories(SHOTS);
        ImageIO.write(image, "png", SHOTS.resolve(name).toFile());
    }
}
