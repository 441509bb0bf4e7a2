package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Documents section with the live checklist: fixing a field flips its item; an item leads to its field. */
@ExtendWith(ApplicationExtension.class)
class DocumentsSectionTest {
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

    @Test
    void fixingTheHelpLinkFlipsItsChecklistItemLive(FxRobot robot) throws Exception {
        Node helpRow = robot.lookup("#check-help-link").query();
        assertThat(helpRow.getStyleClass()).contains("row-pass");
        robot.clickOn("#nav-documents");
        DemoWindow.scrollIntoView(robot, "#link-help");
        robot.clickOn("#link-help");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write("http://x");
        waitUntil(() -> helpRow.getStyleClass().contains("row-fail"));
        Node messages = robot.lookup("#checks-link-help").query();
        assertThat(fx(messages::isVisible)).isTrue();
        assertThat(fx(() -> robot.from(messages).lookup(".note-problem").queryAs(Label.class).getText())).contains("Help link");

        robot.push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write("https://contoso.example/help");
        waitUntil(() -> helpRow.getStyleClass().contains("row-pass"));
        assertThat(fx(messages::isVisible)).isFalse();
        assertThat(fx(() -> session.project().link("help"))).isEqualTo("https://contoso.example/help");
    }

    @Test
    void clickingADocumentsItemInTheChecklistFocusesItsField(FxRobot robot) throws Exception {
        DemoWindow.scrollIntoView(robot, "#check-terms-of-use");
        robot.clickOn("#check-terms-of-use");
        Button choose = robot.lookup("#choose-terms-of-use").queryAs(Button.class);
        waitUntil(choose::isFocused);
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.DOCUMENTS);

        DemoWindow.scrollIntoView(robot, "#check-customer-support-link");
        robot.clickOn("#check-customer-support-link");
        TextField support = robot.lookup("#link-support").queryAs(TextField.class);
        waitUntil(support::isFocused);
    }

    @Test
    void eachAttachedFileShowsWhatInspectionFound(FxRobot robot) throws Exception {
        robot.clickOn("#nav-documents");
        waitUntil(() -> robot.lookup("#document-supporting .document-facts").queryAll().stream()
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("PDF, ") && t.endsWith("1 page")));
    }
}
