package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Severity;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;
    WorkerPool executor;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        executor = demo.executor();
        window = demo.window();
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    private static boolean hasClass(Node node, String styleClass) {
        return node.getStyleClass().contains(styleClass);
    }

    @Test
    void showsTheThreeSectionsAndTheChecklist(FxRobot robot) throws Exception {
        for (String id : List.of("#nav-logos", "#nav-description", "#nav-documents")) {
            assertThat(robot.lookup(id).query().isVisible()).as(id).isTrue();
        }
        assertThat(robot.lookup("#checklist").query().isVisible()).isTrue();
        assertThat(robot.lookup(".check-row").queryAll()).hasSize(session.profile().checklist().size());
        Stage stage = (Stage) window.getScene().getWindow();
        assertThat(fx(stage::getTitle)).isEqualTo("Contoso Route Planner — OfferKit");
        robot.interact(() -> session.update(p -> p.withAppName("Fleet Days")));
        assertThat(fx(stage::getTitle)).isEqualTo("Fleet Days* — OfferKit");
        assertThat(robot.lookup("#statusProfile").queryLabeled().getText()).contains("rules as of 2019-04-24");
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Profile", "Help");
        assertThat(menus.getMenus().get(3).getItems()).extracting(MenuItem::getId)
                .startsWith("profile-appsource-d365-ce-2019", "profile-partner-center-d365");
        assertThat(menus.getMenus().get(0).getItems()).filteredOn(i -> i.getAccelerator() != null)
                .extracting(i -> i.getText() + "=" + i.getAccelerator().getName())
                .containsExactly("New…=Shortcut+N", "Open…=Shortcut+O", "Open Bundle…=Shift+Shortcut+O", "Save=Shortcut+S",
                        "Save As…=Shift+Shortcut+S", "Export to Folder…=Shortcut+E", "Export Bundle as ZIP…=Shift+Shortcut+E",
                        "Store Preview…=Shift+Shortcut+R", "Export Texts for Translation…=Shift+Shortcut+T",
                        "Import Translated Texts…=Shift+Shortcut+I", "Quit=Shortcut+Q");
    }

    @Test
    void theDemoShowsFourRenderedLogoSlots(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".logo-image").queryAllAs(ImageView.class).stream().allMatch(v -> v.getImage() != null));
        List<String> sizes = fx(() -> robot.lookup(".logo-image").queryAllAs(ImageView.class).stream()
                .map(v -> (int) v.getImage().getWidth() + "x" + (int) v.getImage().getHeight()).toList());
        assertThat(sizes).containsExactlyInAnyOrder("40x40", "90x90", "115x115", "255x115");
        ImageView small = robot.lookup("#slot-small-40x40 .logo-image").queryAs(ImageView.class);
        assertThat(small.isSmooth()).isFalse();
        assertThat(small.getFitWidth()).isEqualTo(40);

        robot.clickOn("#zoom-3");
        waitUntil(() -> small.getFitWidth() == 120);
    }

    @Test
    void typingIntoTheSummaryUpdatesItsChecklistItemLive(FxRobot robot) throws Exception {
        Node summaryRow = robot.lookup("#check-summary").query();
        assertThat(hasClass(summaryRow, "row-pass")).isTrue();
        robot.clickOn("#nav-description");
        robot.clickOn("#summaryField");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        waitUntil(() -> hasClass(summaryRow, "row-fail"));
        assertThat(session.project().summary()).isEmpty();

        robot.write("Plan routes fast.");
        waitUntil(() -> hasClass(summaryRow, "row-pass"));
        assertThat(fx(() -> session.project().summary())).isEqualTo("Plan routes fast.");
        assertThat(fx(session::isDirty)).isTrue();
    }

    @Test
    void clickingAChecklistItemShowsAndFocusesItsField(FxRobot robot) throws Exception {
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.LOGOS);
        robot.clickOn("#check-summary");
        TextField summary = robot.lookup("#summaryField").queryAs(TextField.class);
        waitUntil(summary::isFocused);
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.DESCRIPTION);
        assertThat(summary.isVisible()).isTrue();

        ChecklistItem help = session.profile().checklist().stream()
                .filter(i -> "link:help".equals(i.field())).findFirst().orElseThrow();
        robot.interact(() -> window.navigateTo(help));
        waitUntil(() -> robot.lookup("#link-help").query().isFocused());
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.DOCUMENTS);
    }

    @Test
    void aTextFindingInTheChecklistLeadsToItsPlaceInTheDescription(FxRobot robot) throws Exception {
        String source = "Plans routes fast.\n\nPricing: TODO.";
        robot.interact(() -> session.update(p -> p.withDescription(
                new Description(DescriptionFormat.MARKDOWN, source))));
        robot.clickOn("#check-description");
        CodeArea editor = robot.lookup("#descriptionEditor").queryAs(CodeArea.class);
        waitUntil(editor::isFocused);
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.DESCRIPTION);
        assertThat(fx(editor::getCaretPosition)).isEqualTo(source.indexOf("TODO"));
    }

    @Test
    void thePreviewShowsTheSanitizedDescriptionAndFollowsTheEditor(FxRobot robot) throws Exception {
        robot.clickOn("#nav-description");
        WebView preview = robot.lookup("#descriptionPreview").queryAs(WebView.class);
        waitUntil(() -> preview.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED);
        String body = fx(() -> (String) preview.getEngine().executeScript("document.body.innerHTML"));
        assertThat(body).contains("<h2>Plan a day of visits in minutes</h2>").contains("<em>Optimised routes</em>");

        CodeArea editor = robot.lookup("#descriptionEditor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText("# Hello\n\nA <b>bold</b> <a href=\"https://x\">link</a>."));
        waitUntil(() -> String.valueOf(preview.getEngine().executeScript("document.body.innerHTML"))
                .contains("<h1>Hello</h1>"));
        String updated = fx(() -> (String) preview.getEngine().executeScript("document.body.innerHTML"));
        assertThat(updated).contains("<p>A <em>bold</em> link.</p>").doesNotContain("href");
        assertThat(robot.lookup("#sanitizerReport .label").queryAll()).isNotEmpty();
    }

    @Test
    void confirmingAnAttestedItemInThePanelPassesIt(FxRobot robot) throws Exception {
        ChecklistItem item = session.profile().checklist().stream()
                .filter(i -> i.field() != null && i.field().startsWith("attestation:"))
                .filter(i -> i.severity() == Severity.ERROR)
                .filter(i -> !session.project().attestations().containsKey(i.id()))
                .findFirst().orElseThrow();
        Node row = robot.lookup("#check-" + item.id()).query();
        assertThat(hasClass(row, "row-confirm")).isTrue();
        assertThat(robot.lookup("#checklistChips .chip-confirm").queryLabeled().getText()).startsWith("3 ");

        CheckBox box = robot.lookup("#confirm-" + item.id()).queryAs(CheckBox.class);
        robot.interact(box::fire);

        waitUntil(() -> hasClass(row, "row-pass"));
        assertThat(fx(() -> session.project().attestations().get(item.id()).confirmedOn())).isEqualTo(LocalDate.now());
        assertThat(robot.lookup("#checklistChips .chip-confirm").queryLabeled().getText()).startsWith("2 ");
    }

    @Test
    void exportsToAFolderInTheBackground(FxRobot robot) throws Exception {
        Path target = dir.resolve("export");
        robot.interact(() -> window.model().export().exportTo(target));
        waitUntil(() -> !window.model().export().exportingProperty().get());
        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).startsWith("Exported to");
        assertThat(target.resolve("logos").resolve("wide-255x115.png")).exists();
        assertThat(target.resolve("description/description.html")).exists();
        assertThat(target.resolve("offer.json")).exists();
    }

    @Test
    void aBrokenProjectFileIsShownAsAnErrorAndTheOpenProjectStays(FxRobot robot) throws Exception {
        robot.interact(() -> session.update(p -> p.withSummary("Unsaved words.")));
        Path broken = Files.writeString(dir.resolve("broken.offerkit"), "{\"format\": \"something-else\"}");

        robot.interact(() -> window.files().open(broken));

        assertThat(robot.lookup("#statusMessage").queryLabeled().getText()).startsWith("Could not open broken.offerkit");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Could not open broken.offerkit");
        assertThat(fx(() -> session.project().summary())).isEqualTo("Unsaved words.");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .getScene().getWindow().hide());
    }

    @Test
    void aCountChipFiltersTheListToItsState(FxRobot robot) throws Exception {
        // The counts (and so the chips) change while the logos render; click a chip of the settled checklist.
        waitUntil(window::isSettled);
        Node passingRow = robot.lookup("#check-app-name").query();
        Node confirmRow = robot.lookup("#check-ordering-billing").query();
        robot.clickOn(robot.lookup("#checklistChips .chip-confirm").queryLabeled());
        waitUntil(() -> !passingRow.isVisible());
        assertThat(confirmRow.isVisible()).isTrue();
        robot.clickOn(robot.lookup("#checklistChips .chip-confirm").queryLabeled());
        waitUntil(passingRow::isVisible);
    }
}
