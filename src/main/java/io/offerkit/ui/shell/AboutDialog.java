package io.offerkit.ui.shell;

import io.offerkit.ui.app.AboutInfo;
import io.offerkit.ui.fx.Messages;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Help > About: versions, the active profile and the bundled libraries' licences, with a button to copy it all. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(AboutInfo info, String profile) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(Messages.text("about.title"));
        alert.setHeaderText(Messages.format("about.header", info.version()));
        Label purpose = new Label(Messages.text("about.purpose"));
        purpose.setWrapText(true);
        Label versions = new Label(Messages.format("about.versions", info.javaVersion(), info.javafxVersion(), profile));
        versions.setId("aboutVersions");
        Label heading = new Label(Messages.text("about.libraries"));
        heading.getStyleClass().add("subheading");
        ListView<String> libraries = new ListView<>();
        libraries.setId("aboutLibraries");
        libraries.setAccessibleText(Messages.text("about.libraries"));
        info.libraries().forEach(l -> libraries.getItems().add(Messages.format("about.library", l.name(), l.licence())));
        libraries.setPrefHeight(Math.min(14, info.libraries().size()) * 24 + 4);
        libraries.setFocusTraversable(false);
        VBox content = new VBox(10, purpose, versions, heading, libraries);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(460);
        alert.getDialogPane().setContent(content);
        ButtonType copy = new ButtonType(Messages.text("about.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        // Copy leaves the box open.
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(info.text() + Messages.format("about.copy.profile", profile));
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        return alert;
    }
}
