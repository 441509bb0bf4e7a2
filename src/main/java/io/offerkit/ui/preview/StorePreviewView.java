package io.offerkit.ui.preview;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.NavigationGuard;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Store Preview: the project's {@code preview.html} in a WebView that runs no script, opens no window and follows no
 * link (the page's own theme links included: the Light / Dark toggle above it switches the theme instead), with the
 * build's progress, Cancel and Refresh.
 */
public final class StorePreviewView extends BorderPane {
    private final StorePreviewViewModel model;
    private final WebView web = new WebView();

    public StorePreviewView(StorePreviewViewModel model) {
        this.model = model;
        getStyleClass().add("store-preview");
        WebEngine engine = web.getEngine();
        engine.setJavaScriptEnabled(false);
        engine.setCreatePopupHandler(features -> null);
        NavigationGuard.install(engine, () -> model.pageProperty().get());
        web.setId("storePreviewPage");
        web.setAccessibleText(Messages.text("preview.page.spoken"));
        web.setContextMenuEnabled(false);
        model.pageProperty().addListener((obs, old, now) -> engine.loadContent(now));
        if (!model.pageProperty().get().isEmpty()) {
            engine.loadContent(model.pageProperty().get());
        }
        setTop(bar());
        setCenter(web);
    }

    private HBox bar() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton light = toggle("previewLight", Messages.text("preview.light"), group);
        ToggleButton dark = toggle("previewDark", Messages.text("preview.dark"), group);
        (model.darkProperty().get() ? dark : light).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.darkProperty().set(now == dark);
            }
        });
        model.darkProperty().addListener((obs, old, now) -> (now ? dark : light).setSelected(true));
        Label note = new Label(Messages.text("preview.note"));
        note.getStyleClass().add("panel-counts");
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = new Button(Messages.text("preview.cancel"));
        cancel.setOnAction(e -> model.cancel());
        for (var node : List.of(progress, cancel)) {
            node.visibleProperty().bind(model.buildingProperty());
            node.managedProperty().bind(model.buildingProperty());
        }
        Label problem = new Label();
        problem.setId("previewProblem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("error-text");
        Button refresh = new Button(Messages.text("preview.refresh"));
        refresh.setId("previewRefresh");
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, light, dark, note, spacer, problem, progress, cancel, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        return bar;
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().add("small-toggle");
        toggle.setToggleGroup(group);
        return toggle;
    }

    WebView web() {
        return web;
    }

    /**
     * Opens the window over {@code owner}, styled with {@code stylesheets} (the app's theme), and starts the build.
     * Closing it cancels a build still running.
     */
    public static Stage open(Window owner, StorePreviewViewModel model, List<String> stylesheets) {
        StorePreviewView view = new StorePreviewView(model);
        Scene scene = new Scene(view, 1120, 820);
        scene.getStylesheets().setAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setScene(scene);
        stage.titleProperty().bind(model.nameProperty().map(name -> Messages.format("preview.title",
                name.isBlank() ? Messages.text("preview.untitled") : name)));
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        model.refresh();
        return stage;
    }
}
