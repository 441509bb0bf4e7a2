package io.offerkit.ui;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.shell.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
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

/**
 * Keyboard and screen-reader reach, section by section on the demo project: every control that takes focus has a
 * name (its own words, an accessible text, or a label pointing at it); a button or toggle without a word on it has a
 * tooltip; every menu command has a shortcut, none twice; a logo slot is selected without the mouse.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private static final Pattern WORD = Pattern.compile("\\p{L}");

    @TempDir
    Path dir;
    DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void everyFocusableControlHasANameAndEveryIconButtonATooltip(FxRobot robot) throws Exception {
        Set<String> unnamed = new TreeSet<>();
        Set<String> noTooltip = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Runnable check = () -> {
            Parent root = demo.window().getScene().getRoot();
            root.applyCss();
            root.layout();
            Set<Node> labelled = new HashSet<>();
            root.lookupAll(".label").forEach(n -> {
                if (n instanceof Label label && label.getLabelFor() != null) {
                    labelled.add(label.getLabelFor());
                }
            });
            walk(root, labelled, unnamed, noTooltip, seen);
        };

        waitUntil(() -> demo.window().isSettled());
        robot.clickOn("#slot-small-40x40");
        robot.clickOn("#fit-cover");
        fx(() -> {
            check.run();
            return null;
        });
        show(Section.DESCRIPTION);
        robot.clickOn("#openFind");
        fx(() -> {
            check.run();
            return null;
        });
        show(Section.DOCUMENTS);
        fx(() -> {
            check.run();
            return null;
        });
        show(Section.MEDIA);
        fx(() -> {
            demo.window().mediaView().addCaptures(List.of(dir.resolve("demo").resolve("logo.png")));
            return null;
        });
        waitUntil(() -> demo.window().isSettled() && !fx(() -> demo.window().mediaView().lookupAll("#media-result-image").isEmpty()));
        fx(() -> {
            check.run();
            return null;
        });

        show(Section.HANDOFF);
        waitUntil(() -> demo.window().isSettled() && !demo.window().lookupAll(".handoff-chip").isEmpty());
        fx(() -> {
            check.run();
            return null;
        });

        show(Section.INSPECT);
        fx(() -> {
            check.run();
            return null;
        });

        assertThat(seen).as("focusable controls visited").hasSizeGreaterThan(40);
        assertThat(unnamed).as("focusable controls without a name for screen readers").isEmpty();
        assertThat(noTooltip).as("buttons without a word on them and without a tooltip").isEmpty();
    }

    @Test
    void aSlotCardIsSelectedFromTheKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> demo.window().isSettled());
        assertThat(fx(() -> robot.lookup("#editEverySlot").query().isVisible())).isFalse();
        fx(() -> {
            robot.lookup("#slot-medium-90x90").query().requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        waitUntil(() -> robot.lookup("#editEverySlot").query().isVisible());
        assertThat(fx(() -> robot.lookup("#controlsScope").queryLabeled().getText())).startsWith("Medium logo");
    }

    @Test
    void everyMenuCommandHasItsOwnShortcut() throws Exception {
        List<String> missing = new ArrayList<>();
        List<String> shortcuts = new ArrayList<>();
        fx(() -> {
            MenuBar bar = (MenuBar) demo.window().getTop();
            bar.getMenus().forEach(m -> commands(m, missing, shortcuts));
            return null;
        });
        assertThat(missing).as("menu commands without a shortcut").isEmpty();
        assertThat(shortcuts).as("shortcuts").doesNotHaveDuplicates().hasSizeGreaterThan(15);
    }

    /**
     * Commands, not lists of things to pick: the profiles and the recent projects are the user's data, chosen from
     * the open menu (Load Profile File… has its shortcut).
     */
    private static void commands(MenuItem item, List<String> missing, List<String> shortcuts) {
        if (item instanceof Menu menu) {
            if (!"openRecent".equals(menu.getId())) {
                menu.getItems().forEach(i -> commands(i, missing, shortcuts));
            }
            return;
        }
        if (item instanceof SeparatorMenuItem || item.getId() != null && item.getId().startsWith("profile-")) {
            return;
        }
        if (item.getAccelerator() == null) {
            missing.add(item.getText());
        } else {
            shortcuts.add(item.getAccelerator().getName());
        }
    }

    private void show(Section section) throws Exception {
        fx(() -> {
            demo.window().model().sectionProperty().set(section);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> demo.window().isSettled());
    }

    private static void walk(Node node, Set<Node> labelled, Set<String> unnamed, Set<String> noTooltip, Set<String> seen) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !partOfAControl(node)) {
            seen.add(describe(node) + "@" + System.identityHashCode(node));
            if (!named(node, labelled)) {
                unnamed.add(describe(node));
            }
        }
        if (node instanceof ButtonBase button && !WORD.matcher(String.valueOf(button.getText())).find()
                && button.getTooltip() == null) {
            noTooltip.add(describe(node) + " \"" + button.getText() + "\"");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> walk(c, labelled, unnamed, noTooltip, seen));
        }
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank() || labelled.contains(node)) {
            return true;
        }
        return node instanceof Labeled labeled && labeled.getText() != null && WORD.matcher(labeled.getText()).find();
    }

    /** The inner parts of a control (a spinner's field, a combo box's button, a list's cells) are named by the control. */
    private static boolean partOfAControl(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ComboBoxBase || parent instanceof Spinner || parent instanceof Slider
                    || parent instanceof TextInputControl || parent instanceof ScrollBar || parent instanceof ListView) {
                return true;
            }
        }
        return node instanceof ScrollBar;
    }

    private static String describe(Node node) {
        String id = node.getId();
        for (Node n = node; id == null && n != null; n = n.getParent()) {
            id = n.getId() == null ? null : "in #" + n.getId();
        }
        return (node instanceof Control ? "" : "(not a control) ") + node.getClass().getSimpleName() + node.getStyleClass()
                + " " + id;
    }
}
