package io.offerkit.ui.shell;

import io.offerkit.check.OfferTypeChange;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.fx.Messages;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Profile > Change Offer Type…: the offer types on the left, and on the right what choosing one would change for
 * the open project ({@link OfferTypeChange}, in {@link OfferTypeChangeLines}' words) before anything changes. Its
 * result is the change the user saw; Cancel changes nothing.
 */
final class ChangeOfferTypeDialog extends Dialog<OfferTypeChange> {
    static final ButtonType CHANGE = new ButtonType(Messages.text("offerTypeChange.apply"), ButtonBar.ButtonData.OK_DONE);

    private final Function<Profile, OfferTypeChange> changeTo;
    private final Profile current;
    private final boolean hasLogo;
    private final VBox details = new VBox(6);

    /** {@code changeTo}: what choosing a profile would change; {@code preselect}: the profile id chosen at first. */
    ChangeOfferTypeDialog(ProfileRegistry registry, Profile current, boolean hasLogo, String preselect, LocalDate today,
                          Function<Profile, OfferTypeChange> changeTo) {
        this.changeTo = changeTo;
        this.current = current;
        this.hasLogo = hasLogo;
        setTitle(Messages.text("offerTypeChange.title"));
        setHeaderText(Messages.format("offerTypeChange.header", current.title()));
        OfferTypeList types = new OfferTypeList(registry, today);
        types.setPrefWidth(450);
        types.setMinWidth(380);
        details.setId("offerTypeChanges");
        details.setPrefWidth(500);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(types.getPrefHeight());
        scroll.getStyleClass().add("edge-to-edge");
        HBox.setHgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new HBox(16, types, scroll));
        getDialogPane().getButtonTypes().setAll(CHANGE, ButtonType.CANCEL);
        getDialogPane().setId("changeOfferTypeDialog");
        getDialogPane().setPrefWidth(1010);
        // A dialog window otherwise keeps its default width, which cuts the offer types' titles.
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        Button change = (Button) getDialogPane().lookupButton(CHANGE);
        types.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            show(now);
            change.setDisable(now == null || now.id().equals(current.id()));
        });
        types.select(preselect);
        setResultConverter(button -> {
            Profile chosen = types.getSelectionModel().getSelectedItem();
            return button == CHANGE && chosen != null && !chosen.id().equals(current.id()) ? changeTo.apply(chosen) : null;
        });
        setOnShown(e -> types.requestFocus());
    }

    private void show(Profile chosen) {
        details.getChildren().clear();
        if (chosen == null) {
            return;
        }
        if (chosen.id().equals(current.id())) {
            details.getChildren().add(line(Messages.text("offerTypeChange.same"), "note"));
            return;
        }
        OfferTypeChange change = changeTo.apply(chosen);
        var groups = OfferTypeChangeLines.of(change, hasLogo);
        if (groups.isEmpty()) {
            details.getChildren().add(line(Messages.format("offerTypeChange.nothing", chosen.title()), "note"));
        }
        for (OfferTypeChangeLines.Group group : groups) {
            Label heading = Messages.userData(line(group.heading(), "card-title"));
            VBox.setMargin(heading, new Insets(details.getChildren().isEmpty() ? 0 : 8, 0, 0, 0));
            heading.setId("offerTypeChange-" + group.id());
            details.getChildren().add(heading);
            for (String text : group.lines()) {
                Label item = Messages.userData(line(Messages.format("offerTypeChange.bullet", text), "document-name"));
                item.getStyleClass().add("offer-type-change-line");
                details.getChildren().add(item);
            }
        }
        details.getChildren().add(line(Messages.text("offerTypeChange.undo"), "note"));
    }

    private static Label line(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
