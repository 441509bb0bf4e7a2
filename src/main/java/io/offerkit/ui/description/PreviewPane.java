package io.offerkit.ui.description;

import io.offerkit.text.RenderedDescription;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NavigationGuard;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * The live preview: the sanitized description in a WebView that runs no script, opens no window and follows no
 * navigation, styled like a listing page; or, toggled, the generated HTML as read-only source.
 *
 * <p>Scroll position: the page's own scripts are off, but the host may still evaluate expressions in it; the preview
 * reads {@code window.scrollY} before each reload and scrolls back once the new page has loaded, so typing at the
 * end of a long description does not throw the preview back to the top.
 */
final class PreviewPane extends VBox {
    private final WebView web = new WebView();
    private final TextArea source = new TextArea();
    private final ToggleButton showSource = new ToggleButton(Messages.text("description.preview.source"));
    private double pendingScroll;
    private String page = PreviewPage.wrap("");

    PreviewPane() {
        super(0);
        getStyleClass().add("preview-pane");
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null); // no new windows, whatever asks for one
        NavigationGuard.install(engine, () -> page);
        web.setId("descriptionPreview");
        web.setAccessibleText(Messages.text("description.preview.spoken"));
        web.setContextMenuEnabled(false);
        web.setFocusTraversable(false);
        engine.getLoadWorker().stateProperty().addListener(scrollBackOnLoad());

        source.setId("previewSource");
        source.setAccessibleText(Messages.text("description.preview.source.spoken"));
        source.setEditable(false);
        source.setWrapText(true);
        source.getStyleClass().add("preview-source");
        source.visibleProperty().bind(showSource.selectedProperty());
        web.visibleProperty().bind(showSource.selectedProperty().not());

        Label title = new Label(Messages.text("description.preview"));
        title.getStyleClass().add("form-label");
        showSource.setId("showSource");
        showSource.getStyleClass().add("small-toggle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, showSource);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        StackPane stack = new StackPane(web, source);
        stack.getStyleClass().add("preview-frame");
        VBox.setVgrow(stack, Priority.ALWAYS);
        getChildren().addAll(bar, stack);
    }

    void show(RenderedDescription rendered) {
        source.setText(rendered.html());
        WebEngine engine = web.getEngine();
        if (engine.getDocument() != null) {
            pendingScroll = scrollY();
        }
        page = PreviewPage.wrap(rendered.html());
        engine.loadContent(page);
    }

    private ChangeListener<Worker.State> scrollBackOnLoad() {
        return (obs, old, now) -> {
            if (now == Worker.State.SUCCEEDED && pendingScroll > 0) {
                web.getEngine().executeScript("window.scrollTo(0, " + (int) pendingScroll + ")");
            }
        };
    }

    /** How far the page is scrolled, in CSS pixels. */
    double scrollY() {
        Object y = web.getEngine().executeScript("window.scrollY");
        return y instanceof Number n ? n.doubleValue() : 0;
    }

    boolean loading() {
        Worker.State state = web.getEngine().getLoadWorker().getState();
        return state == Worker.State.RUNNING || state == Worker.State.SCHEDULED;
    }

    WebView web() {
        return web;
    }
}
