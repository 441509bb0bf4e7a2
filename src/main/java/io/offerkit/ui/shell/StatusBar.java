package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the last action or error, a running export with Cancel, and the active profile. */
final class StatusBar extends HBox {
    StatusBar(ShellViewModel model) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(model.status().messageProperty());
        model.status().errorProperty().addListener((obs, old, error) -> message.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("error"), error));
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(600);
        full.textProperty().bind(message.textProperty());
        message.setTooltip(full);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(model.export().exportProgressProperty());
        Button cancel = new Button(Messages.text("export.cancel"));
        cancel.setId("cancelExport");
        Icons.CANCEL.on(cancel);
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> model.export().cancelExport());
        HBox exportBox = new HBox(8, progress, cancel);
        exportBox.setAlignment(Pos.CENTER_LEFT);
        exportBox.visibleProperty().bind(model.export().exportingProperty());
        exportBox.managedProperty().bind(model.export().exportingProperty());

        Label profile = new Label();
        profile.setId("statusProfile");
        profile.getStyleClass().add("status-profile");
        profile.textProperty().bind(model.profileTextBinding());
        profile.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(message, exportBox, profile);
    }
}
