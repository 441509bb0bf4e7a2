package io.offerkit.ui.shell;

import io.offerkit.ui.AboutInfo;
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
        alert.setTitle("About OfferKit");
        alert.setHeaderText("OfferKit " + info.version());
        Label purpose = new Label("Prepares and checks the marketing collateral of a Microsoft marketplace offer.");
        purpose.setWrapText(true);
        Label versions = new Label("Java " + info.javaVersion() + "\nJavaFX " + info.javafxVersion()
                + "\nActive profile: " + profile);
        versions.setId("aboutVersions");
        Label heading = new Label("Bundled libraries and their licences");
        heading.getStyleClass().add("subheading");
        ListView<String> libraries = new ListView<>();
        libraries.setId("aboutLibraries");
        libraries.setAccessibleText("Bundled libraries and their licences");
        info.libraries().forEach(l -> libraries.getItems().add(l.name() + " — " + l.licence()));
        libraries.setPrefHeight(Math.min(14, info.libraries().size()) * 24 + 4);
        libraries.setFocusTraversable(false);
        VBox content = new VBox(10, purpose, versions, heading, libraries);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(460);
        alert.getDialogPane().setContent(content);
        ButtonType copy = new ButtonType("Copy", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.OK);
        // Copy leaves the box open.
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(info.text() + "Active profile: " + profile + "\n");
            Clipboard.getSystemClipboard().setContent(text);
            e.consume();
        });
        return alert;
    }
}
