package io.offerkit.ui.logos;

import io.offerkit.ui.fx.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Shown while a logo is read: what is being read, how far (a bar and a percentage), and Cancel, which stops the
 * reading (the current logo then stays).
 */
final class LoadingBar extends HBox {
    LoadingBar(LogosViewModel model) {
        super(8);
        setId("loadingBar");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("loadProgress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.loadProgressProperty());
        Label percent = new Label();
        percent.setId("loadPercent");
        percent.getStyleClass().add("source-facts");
        percent.setMinWidth(38);
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.loadProgressProperty().get() * 100) + " %", model.loadProgressProperty()));
        Label text = new Label();
        text.textProperty().bind(model.loadingTextProperty());
        text.getStyleClass().add("source-facts");
        Button cancel = new Button(Messages.text("logos.loading.cancel"));
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> model.cancelLoad());
        getChildren().addAll(text, bar, percent, cancel);
        visibleProperty().bind(model.loadingProperty());
        managedProperty().bind(visibleProperty());
    }
}
