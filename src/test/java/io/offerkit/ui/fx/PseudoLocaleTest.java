package io.offerkit.ui.fx;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.shell.Section;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
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
 * The demo window in the pseudo-locale at the default 1280x800, every section visited (with its optional parts shown:
 * a slot selected and Cover chosen, the find bar, a document preview, files in Check sizes):
 * <ul>
 * <li>every visible text of the UI's own is pseudo-localised, so none is left hard-coded: labels, buttons, tooltips,
 * prompts, accessible texts and menus. Exempt: nodes marked {@link Messages#userData} (a file name, a profile's
 * label, a core message), what the user typed, what JavaFX itself says (a colour picker's colour name), and texts
 * without a Latin letter (line numbers, "✓");</li>
 * <li>no visible label, button or other labeled control shows its text cut short with an ellipsis, and nothing is
 * pushed out of the window or past the width of its scroll pane: each layout takes a translation about 35 % longer.
 * Exempt: a label that gives way by design and has the whole text in its tooltip (the status line, a file name).</li>
 * </ul>
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleTest {
    private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

    @TempDir
    Path dir;
    DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        Messages.usePseudo(true);
        demo = DemoWindow.show(stage, dir);
    }

    @AfterEach
    void plainAgain() {
        demo.close();
        Messages.usePseudo(false);
    }

    @Test
    void everySectionIsPseudoLocalisedAndNothingIsCutShort(FxRobot robot) throws Exception {
        Set<String> hardCoded = new TreeSet<>();
        Set<String> truncated = new TreeSet<>();
        Runnable check = () -> {
            Parent root = demo.window().getScene().getRoot();
            root.applyCss();
            root.layout();
            walk(root, false, hardCoded, truncated);
            overflows(root, truncated);
        };

        assertThat(fx(() -> Section.LOGOS.title())).startsWith("[");
        waitUntil(() -> demo.window().isSettled());
        fx(() -> {
            check.run();
            menus(demo.window().getTop(), hardCoded);
            return null;
        });
        robot.clickOn("#slot-small-40x40");
        robot.clickOn("#fit-cover");
        waitUntil(() -> demo.window().isSettled());
        fx(() -> {
            check.run();
            return null;
        });

        show(Section.DESCRIPTION);
        robot.clickOn("#openFind");
        robot.write("route");
        fx(() -> {
            check.run();
            return null;
        });

        show(Section.DOCUMENTS);
        String preview = Messages.text("documents.preview");
        Node previewButton = fx(() -> demo.window().lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals(preview)).findFirst().orElseThrow());
        robot.clickOn(previewButton);
        waitUntil(() -> robot.lookup("#documentPreview").query().isVisible());
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
        Path logo = dir.resolve("demo").resolve("logo.png");
        Path small = Files.write(dir.resolve("logo-48.png"), PngEncoder.encode(new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB)));
        Path broken = Files.writeString(dir.resolve("notes.png"), "not an image");
        fx(() -> {
            demo.window().inspectView().add(List.of(logo, small, broken));
            return null;
        });
        waitUntil(() -> !demo.window().inspectView().isBusy() && robot.lookup(".inspect-cell .badge").queryAll().size() == 3);
        fx(() -> {
            check.run();
            return null;
        });

        assertThat(hardCoded).as("texts of the UI not pseudo-localised (not from messages.properties?)").isEmpty();
        assertThat(truncated).as("texts cut short at 1280x800 in the pseudo-locale").isEmpty();
    }

    private void show(Section section) throws Exception {
        fx(() -> {
            demo.window().model().sectionProperty().set(section);
            demo.window().applyCss(); // skins, so the section's content is in the scene graph
            demo.window().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> demo.window().isSettled());
    }

    private static void walk(Node node, boolean data, Set<String> hardCoded, Set<String> truncated) {
        if (!node.isVisible()) {
            return;
        }
        boolean isData = data || node.getProperties().containsKey(Messages.USER_DATA) || node instanceof ColorPicker;
        if (!isData) {
            own(node, "accessible text", node.getAccessibleText(), hardCoded);
            if (node instanceof Labeled labeled) {
                own(node, "text", labeled.getText(), hardCoded);
                if (labeled.getTooltip() != null) {
                    own(node, "tooltip", labeled.getTooltip().getText(), hardCoded);
                }
            }
            if (node instanceof TextInputControl input) {
                own(node, "prompt", input.getPromptText(), hardCoded);
                if (input.getTooltip() != null) {
                    own(node, "tooltip", input.getTooltip().getText(), hardCoded);
                }
            }
        }
        if (node instanceof Labeled labeled) {
            String shown = shownText(labeled);
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(.)", "$1") : labeled.getText();
            boolean wholeInTooltip = labeled.getTooltip() != null && full != null
                    && String.valueOf(labeled.getTooltip().getText()).contains(full);
            if (shown != null && full != null && !shown.equals(full) && shown.endsWith(labeled.getEllipsisString())
                    && !wholeInTooltip) {
                truncated.add(describe(node) + " shows \"" + shown + "\" of \"" + full + "\" (width " + Math.round(labeled.getWidth())
                        + ", wants " + Math.round(labeled.prefWidth(-1)) + ")");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, isData, hardCoded, truncated);
            }
        }
    }

    /**
     * Nothing pushed out of the window: the window's parts (menu, navigation, section, checklist, status line) end
     * inside it, and content meant to fit its scroll pane's width (fit to width) is not wider than it.
     */
    private static void overflows(Parent root, Set<String> problems) {
        double width = root.getScene().getWidth();
        for (Node part : root.getChildrenUnmodifiable()) {
            double right = part.localToScene(part.getLayoutBounds()).getMaxX();
            if (part.isVisible() && right > width + 1) {
                problems.add(describe(part) + " ends at x=" + Math.round(right) + ", past the window's " + Math.round(width));
            }
        }
        for (Node node : root.lookupAll(".scroll-pane")) {
            if (node instanceof ScrollPane scroll && scroll.isFitToWidth() && scroll.getContent() != null && visible(scroll)) {
                double content = scroll.getContent().getLayoutBounds().getWidth();
                double viewport = scroll.getViewportBounds().getWidth();
                if (content > viewport + 1) {
                    problems.add(describe(scroll) + " content is " + Math.round(content) + " wide in a " + Math.round(viewport)
                            + " viewport");
                }
            }
        }
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The text the skin draws (the full text, or the cut one ending in the ellipsis). */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static void menus(Node top, Set<String> hardCoded) {
        if (top instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> menuItem(m, hardCoded));
        }
    }

    private static void menuItem(MenuItem item, Set<String> hardCoded) {
        if (!item.isVisible()) {
            return;
        }
        if (item.getText() != null && LATIN_LETTER.matcher(item.getText()).find() && !isPseudo(item.getText())) {
            hardCoded.add("menu item " + item.getId() + ": \"" + item.getText() + "\"");
        }
        if (item instanceof Menu menu) {
            if (menu.getOnShowing() != null) {
                menu.getOnShowing().handle(null); // the menus filled on opening (Profile, Open Recent)
            }
            new ArrayList<>(menu.getItems()).forEach(i -> menuItem(i, hardCoded));
        }
    }

    private static void own(Node node, String what, String text, Set<String> hardCoded) {
        if (text != null && LATIN_LETTER.matcher(text).find() && !isPseudo(text)) {
            hardCoded.add(describe(node) + " " + what + ": \"" + text + "\"");
        }
    }

    private static boolean isPseudo(String text) {
        String t = text.strip();
        return t.startsWith("[") && t.endsWith("]");
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
                break;
            }
        }
        return path + node.getClass().getSimpleName() + node.getStyleClass();
    }
}
