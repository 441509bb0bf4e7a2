package io.offerkit.ui.description;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.DescriptionFormat;
import io.offerkit.ui.fx.NavigationGuard;
import io.offerkit.ui.look.ThemeStyles;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

@ExtendWith(ApplicationExtension.class)
class DescriptionViewTest {
    private static final long TIMEOUT_SECONDS = 15;

    @TempDir
    Path dir;
    ProjectSession session;
    DescriptionViewModel model;
    DescriptionView view;
    WebEngine engine;
    final AtomicInteger alerts = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        session = TestSessions.demo(dir);
        model = new DescriptionViewModel(session);
        view = new DescriptionView(model);
        Scene scene = new Scene(view, 1000, 760);
        scene.getStylesheets().add(ThemeStyles.LIGHT);
        stage.setScene(scene);
        stage.show();
        engine = view.preview().getEngine();
        engine.setOnAlert(e -> alerts.incrementAndGet()); // any script that ran would most likely show itself here
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition));
    }

    /** The preview's body as the DOM holds it, read through org.w3c.dom (no page script involved). */
    private String previewBody() throws Exception {
        return fx(() -> {
            Document doc = engine.getDocument();
            if (doc == null || engine.getLoadWorker().getState() != Worker.State.SUCCEEDED) {
                return "";
            }
            return (String) engine.executeScript("document.body.innerHTML");
        });
    }

    private void replaceSource(String text) {
        CodeArea area = view.editorArea();
        WaitForAsyncUtils.waitForAsyncFx(TIMEOUT_SECONDS * 1000, () -> area.replaceText(text));
    }

    @Test
    void typingMarkdownShowsTheListingInThePreviewAndCountsIt(FxRobot robot) throws Exception {
        replaceSource("");
        robot.clickOn("#descriptionEditor");
        robot.write("## Routes\n\n- fast\n- **sure**\n");

        waitUntil(() -> previewBody().contains("<li><b>sure</b></li>") || previewBody().contains("<li><em>sure</em></li>"));
        assertThat(previewBody()).contains("<h2>Routes</h2>").contains("<li>fast</li>");
        assertThat(session.project().description().source()).isEqualTo("## Routes\n\n- fast\n- **sure**\n");
        Label counter = robot.lookup("#descriptionCounter").queryAs(Label.class);
        waitUntil(() -> counter.getText().equals("16 / 1300 characters"));
        assertThat(robot.lookup("#keywordsCounter").queryLabeled().getText()).isEqualTo("3 of 3");
        assertThat(robot.lookup("#keywordsCounter").query().getStyleClass()).contains("counter-near");
        assertThat(robot.lookup("#appNameCounter").queryLabeled().getText()).isEqualTo("21 / 256");
        // The seed's profile has no bold tag: **sure** is exported in italics, and "Changed for the marketplace" says so.
        assertThat(robot.lookup("#sanitizerReport .label").queryLabeled().getText())
                .isEqualTo("Bold (<strong>, Markdown **…**) written as <em> (italics): the profile allows no bold tag");

        robot.clickOn("#showSource");
        TextArea source = robot.lookup("#previewSource").queryAs(TextArea.class);
        assertThat(source.isVisible()).isTrue();
        assertThat(source.isEditable()).isFalse();
        assertThat(source.getText()).startsWith("<h2>Routes</h2>");
    }

    @Test
    void hostileHtmlNeverRunsOrLoadsInThePreview(FxRobot robot) throws Exception {
        robot.interact(() -> model.formatProperty().set(DescriptionFormat.HTML));
        replaceSource("<p onclick=\"alert(1)\">Hi<script>alert(2)</script></p><iframe src=\"https://evil.example\"></iframe>"
                + "<img src=x onerror=alert(3)><svg onload=alert(4)><script>alert(5)</script></svg>"
                + "<a href=\"javascript:alert(6)\">link</a><math><mtext><style><img src=x onerror=alert(7)></style>"
                + "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">&lt;script&gt;alert(8)&lt;/script&gt;");

        waitUntil(() -> previewBody().startsWith("<p>Hi</p>"));
        assertThat(fx(engine::isJavaScriptEnabled)).isFalse();
        List<String> problems = fx(() -> {
            List<String> found = new ArrayList<>();
            NodeList all = engine.getDocument().getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String tag = element.getTagName().toLowerCase();
                if (List.of("script", "iframe", "img", "svg", "math", "object", "embed", "a", "link", "base").contains(tag)) {
                    found.add("element " + tag);
                }
                NamedNodeMap attributes = element.getAttributes();
                for (int a = 0; a < attributes.getLength(); a++) {
                    String name = attributes.item(a).getNodeName().toLowerCase();
                    boolean ours = tag.equals("meta") && List.of("charset", "http-equiv", "content").contains(name);
                    if (!ours) {
                        found.add(tag + " attribute " + name);
                    }
                }
            }
            return found;
        });
        assertThat(problems).isEmpty();
        assertThat(fx(() -> {
            NodeList metas = engine.getDocument().getElementsByTagName("meta");
            for (int i = 0; i < metas.getLength(); i++) {
                Element meta = (Element) metas.item(i);
                if ("Content-Security-Policy".equalsIgnoreCase(meta.getAttribute("http-equiv"))) {
                    return meta.getAttribute("content");
                }
            }
            return "";
        })).isEqualTo("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(previewBody()).contains("&lt;script&gt;alert(8)&lt;/script&gt;");
        assertThat(alerts).hasValue(0);
        assertThat(robot.lookup("#sanitizerReport .label").queryAll()).hasSizeGreaterThan(3);
    }

    @Test
    void thePreviewRefusesToNavigateAway(FxRobot robot) throws Exception {
        waitUntil(() -> previewBody().contains("Plan a day"));
        Path page = Files.writeString(dir.resolve("elsewhere.html"), "<html><body>ELSEWHERE</body></html>");
        robot.interact(() -> engine.load(page.toUri().toString()));
        waitUntil(() -> NavigationGuard.isOwnContent(engine.getLocation()) && previewBody().contains("Plan a day"));
        assertThat(previewBody()).doesNotContain("ELSEWHERE");
    }

    @Test
    void thePreviewKeepsItsScrollPositionWhileTyping(FxRobot robot) throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            longText.append("Paragraph ").append(i).append(" about routes and visits.\n\n");
        }
        replaceSource(longText.toString());
        waitUntil(() -> previewBody().contains("Paragraph 60"));
        robot.interact(() -> engine.executeScript("window.scrollTo(0, 600)"));
        waitUntil(() -> ((Number) engine.executeScript("window.scrollY")).intValue() == 600);

        replaceSource(longText + "One more line.");
        waitUntil(() -> previewBody().contains("One more line."));
        waitUntil(() -> ((Number) engine.executeScript("window.scrollY")).intValue() == 600);
    }

    @Test
    void findCountsAndSelectsMatches(FxRobot robot) throws Exception {
        robot.clickOn("#descriptionEditor");
        robot.push(KeyCode.SHORTCUT, KeyCode.F);
        TextField query = robot.lookup("#findField").queryAs(TextField.class);
        waitUntil(query::isFocused);
        robot.write("route");
        Label count = robot.lookup("#findCount").queryAs(Label.class);
        waitUntil(() -> count.getText().equals("4 matches"));
        robot.push(KeyCode.ENTER);
        CodeArea area = view.editorArea();
        waitUntil(() -> area.getSelectedText().equalsIgnoreCase("route"));
        assertThat(count.getText()).endsWith(" of 4");
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#findBar").query().isVisible());
    }

    @Test
    void undoInTheEditorTakesBackTheTypingRunThroughTheProjectHistory(FxRobot robot) throws Exception {
        String before = session.project().description().source();
        robot.clickOn("#descriptionEditor");
        robot.push(KeyCode.SHORTCUT, KeyCode.HOME);
        robot.write("Extra");
        waitUntil(() -> session.project().description().source().equals("Extra" + before));

        robot.push(KeyCode.SHORTCUT, KeyCode.Z);
        waitUntil(() -> session.project().description().source().equals(before));
        assertThat(fx(() -> view.editorArea().getText())).isEqualTo(before);
        assertThat(fx(() -> view.editorArea().getCaretPosition())).as("the caret stays where the change was").isZero();
        assertThat(fx(() -> session.canRedoProperty().get())).isTrue();

        robot.push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> view.editorArea().getText().equals("Extra" + before));
        robot.interact(session::undo); // Edit > Undo in the menu takes the same path
        waitUntil(() -> view.editorArea().getText().equals(before));
    }

    @Test
    void theLanguageLintOffersItsFixAndAFindingFocusesItsField(FxRobot robot) throws Exception {
        robot.interact(() -> model.languageProperty().set("de"));
        assertThat(robot.lookup("#languageField").queryComboBox().getValue().toString()).isEqualTo("German (de)");
        waitUntil(() -> robot.lookup("#insertOpening").tryQuery().isPresent());
        robot.clickOn("#insertOpening");
        waitUntil(() -> previewBody().startsWith("<p>This application is available only in German.</p>"));
        waitUntil(() -> robot.lookup("#insertOpening").tryQuery().isEmpty());

        robot.interact(() -> model.summaryProperty().set("The best-in-class route planner."));
        waitUntil(() -> robot.lookup("#lint-word-rules").tryQuery().isPresent());
        robot.clickOn("#lint-word-rules");
        waitUntil(() -> robot.lookup("#summaryField").query().isFocused());
    }
}
