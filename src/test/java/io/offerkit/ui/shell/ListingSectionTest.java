package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Choice;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Listing details section on the demo made a Partner Center D365 offer: contacts typed in are checked live and
 * their checklist items lead to the field to fix; categories are picked from the marketplace's list; what another
 * offer type does not ask for is hidden and kept.
 */
@ExtendWith(ApplicationExtension.class)
class ListingSectionTest {
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
        session.update(p -> p.withProfileId("partner-center-d365"));
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aContactTypedInIsCheckedLiveAndItsItemLeadsToTheField(FxRobot robot) throws Exception {
        Node supportRow = robot.lookup("#check-contact-support").query();
        assertThat(supportRow.getStyleClass()).contains("row-fail");
        DemoWindow.scrollIntoView(robot, "#check-contact-support");
        robot.clickOn("#check-contact-support");
        TextField name = robot.lookup("#contact-support-name").queryAs(TextField.class);
        waitUntil(name::isFocused);
        assertThat(fx(() -> window.model().sectionProperty().get())).isEqualTo(Section.LISTING);
        Node messages = robot.lookup("#checks-contact-support").query();
        assertThat(fx(() -> robot.from(messages).lookup(".note-problem").queryAs(Label.class).getText()))
                .isEqualTo("Support contact is missing: give its name, e-mail, phone.");

        robot.write("Dana Smith");
        robot.clickOn("#contact-support-email").write("dana at contoso");
        robot.clickOn("#contact-support-phone").write("+1 425 555 0100");
        waitUntil(() -> robot.from(messages).lookup(".note-problem").tryQueryAs(Label.class)
                .map(l -> l.getText().contains("\"dana at contoso\" is no e-mail address")).orElse(false));
        assertThat(supportRow.getStyleClass()).contains("row-fail");

        // The item now leads to the e-mail field, where the fix goes.
        DemoWindow.scrollIntoView(robot, "#check-contact-support");
        robot.clickOn("#check-contact-support");
        TextField email = robot.lookup("#contact-support-email").queryAs(TextField.class);
        waitUntil(email::isFocused);
        fx(() -> {
            email.setText("dana@contoso.example");
            return null;
        });
        waitUntil(() -> supportRow.getStyleClass().contains("row-pass"));
        assertThat(fx(messages::isVisible)).isFalse();
        assertThat(fx(() -> session.project().details().contacts().get("support")))
                .containsEntry("name", "Dana Smith").containsEntry("email", "dana@contoso.example")
                .containsEntry("phone", "+1 425 555 0100");
    }

    @Test
    void categoriesArePickedFromTheListAndEachPickIsOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn("#nav-listing");
        Node categoriesRow = robot.lookup("#check-categories").query();
        assertThat(categoriesRow.getStyleClass()).contains("row-fail");
        @SuppressWarnings("unchecked")
        TreeView<String> tree = robot.lookup("#choices-categories").queryAs(TreeView.class);
        fx(() -> {
            entry(tree, "Analytics").getChildren().stream().filter(c -> c.getValue().equals("Advanced Analytics"))
                    .findFirst().map(c -> (CheckBoxTreeItem<String>) c).orElseThrow().setSelected(true);
            return null;
        });
        assertThat(fx(() -> session.project().details().choices("categories")))
                .containsExactly(Choice.of("Analytics", "Advanced Analytics"));
        assertThat(fx(() -> entry(tree, "Analytics").isSelected())).as("a child ticked ticks its entry").isTrue();
        waitUntil(() -> categoriesRow.getStyleClass().contains("row-pass"));

        fx(() -> {
            entry(tree, "Collaboration").setSelected(true);
            entry(tree, "Analytics").setSelected(false);
            return null;
        });
        assertThat(fx(() -> session.project().details().choices("categories"))).containsExactly(Choice.of("Collaboration"));
        fx(() -> {
            session.undo();
            return null;
        });
        assertThat(fx(() -> session.project().details().choices("categories")))
                .containsExactly(Choice.of("Analytics", "Advanced Analytics"), Choice.of("Collaboration"));
        assertThat(fx(() -> entry(tree, "Analytics").isSelected())).as("undo shows in the boxes").isTrue();
    }

    @Test
    void spaceTicksTheSelectedRow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-listing");
        @SuppressWarnings("unchecked")
        TreeView<String> tree = robot.lookup("#choices-applicableProducts").queryAs(TreeView.class);
        DemoWindow.scrollIntoView(robot, "#choices-applicableProducts");
        fx(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(entry(tree, "Field Service"));
            return null;
        });
        waitUntil(tree::isFocused);
        robot.push(KeyCode.SPACE);
        waitUntil(() -> session.project().details().choices("applicableProducts").equals(List.of(Choice.of("Field Service"))));
        robot.push(KeyCode.SPACE);
        waitUntil(() -> session.project().details().choices("applicableProducts").isEmpty());
    }

    @Test
    void fieldsAnotherOfferTypeDoesNotAskForAreHiddenAndKept(FxRobot robot) throws Exception {
        robot.clickOn("#nav-listing");
        robot.clickOn("#detail-appVersion").write("2.1");
        assertThat(fx(() -> session.project().details().text("appVersion"))).isEqualTo("2.1");
        fx(() -> {
            session.update(p -> p.withProfileId("appsource-d365-ce-2019"));
            return null;
        });
        waitUntil(() -> robot.lookup("#listing-none").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-appVersion").tryQuery()).isEmpty();
        assertThat(fx(() -> session.project().details().text("appVersion"))).isEqualTo("2.1");
        fx(() -> {
            session.update(p -> p.withProfileId("partner-center-d365"));
            return null;
        });
        waitUntil(() -> robot.lookup("#detail-appVersion").tryQueryAs(TextField.class).map(f -> f.getText().equals("2.1")).orElse(false));
    }

    private static CheckBoxTreeItem<String> entry(TreeView<String> tree, String name) {
        for (TreeItem<String> item : tree.getRoot().getChildren()) {
            if (item.getValue().equals(name)) {
                return (CheckBoxTreeItem<String>) item;
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
