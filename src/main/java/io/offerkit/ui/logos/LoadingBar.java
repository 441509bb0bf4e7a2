package io.offerkit.ui.logos;

import io.offerkit.ui.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** Shown while a logo is read: what is being read, a spinner, and Cancel (the current logo then stays). */
final class LoadingBar extends HBox {
    LoadingBar(LogosViewModel model) {
        super(8);
        setId("loadingBar");
        setAlignment(Pos.CENTER_LEFT);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label text = new Label();
        text.textProperty().bind(model.loadingTextProperty());
        text.getStyleClass().add("source-facts");
        Button cancel = new Button(Messages.text("logos.loading.cancel"));
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> model.cancelLoad());
        getChildren().addAll(spinner, text, cancel);
        visibleProperty().bind(model.loadingProperty());
        managedProperty().bind(visibleProperty());
    }
}
