package io.offerkit.ui.preview;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.DemoWindow;
import java.nio.file.Path;
import javafx.concurrent.Worker;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

/** File > Store Preview… opens a window whose page, built in the background with no script, names the project. */
@ExtendWith(ApplicationExtension.class)
class StorePreviewWindowTest {
    @TempDir
    Path dir;
    DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void theMenuItemOpensThePreviewWithTheProjectsNameLightOrDark(FxRobot robot) throws Exception {
        MenuItem item = fx(() -> ((MenuBar) demo.window().getTop()).getMenus().get(0).getItems().stream()
                .filter(i -> "storePreview".equals(i.getId())).findFirst().orElseThrow());
        robot.interact(item::fire);
        waitUntil(() -> !robot.lookup("#storePreviewPage").queryAll().isEmpty());
        WebView web = robot.lookup("#storePreviewPage").queryAs(WebView.class);
        WebEngine engine = web.getEngine();
        assertThat(fx(engine::isJavaScriptEnabled)).isFalse();
        waitUntil(() -> engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && engine.getDocument() != null
                && engine.getDocument().getElementsByTagName("h1").getLength() > 0);
        String name = demo.session().project().appName();
        Document page = fx(engine::getDocument);
        assertThat(fx(() -> page.getElementsByTagName("h1").item(0).getTextContent())).isEqualTo(name);
        assertThat(fx(() -> page.getDocumentElement().getAttribute("class"))).isIn("light", "dark");
        assertThat(fx(() -> ((Stage) web.getScene().getWindow()).getTitle())).contains(name);

        robot.clickOn("#previewDark");
        waitUntil(() -> engine.getDocument() != null
                && "dark".equals(engine.getDocument().getDocumentElement().getAttribute("class")));
        robot.clickOn("#previewLight");
        waitUntil(() -> engine.getDocument() != null
                && "light".equals(engine.getDocument().getDocumentElement().getAttribute("class")));
        robot.interact(() -> ((Stage) web.getScene().getWindow()).close());
    }
}
