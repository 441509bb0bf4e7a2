package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.fx.Messages;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * File > New: which offer type the project is for, each with its marketplace and the age of its rules; the seed's
 * offer type first and chosen. Its result is the chosen profile; Cancel (or closing it) makes nothing.
 */
final class NewProjectDialog extends Dialog<Profile> {
    static final ButtonType CREATE = new ButtonType(Messages.text("newProject.create"), ButtonBar.ButtonData.OK_DONE);

    NewProjectDialog(ProfileRegistry registry, LocalDate today) {
        setTitle(Messages.text("newProject.title"));
        setHeaderText(Messages.text("newProject.header"));
        OfferTypeList types = new OfferTypeList(registry, today);
        types.select(ProfileRegistry.DEFAULT_PROFILE_ID);
        Label later = new Label(Messages.text("newProject.later"));
        later.getStyleClass().add("note");
        later.setWrapText(true);
        getDialogPane().setContent(new VBox(10, types, later));
        getDialogPane().getButtonTypes().setAll(CREATE, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(620);
        // A dialog window otherwise keeps its default width, which cuts the offer types' titles.
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        getDialogPane().setId("newProjectDialog");
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.disableProperty().bind(types.getSelectionModel().selectedItemProperty().isNull());
        types.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && types.getSelectionModel().getSelectedItem() != null) {
                create.fire();
            }
        });
        setResultConverter(button -> button == CREATE ? types.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> types.requestFocus());
    }
}
