package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.fx.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The offer types to choose from, one row each: its title, and under it its marketplace and how old its rules are.
 * The seed's offer type comes first (the default of the app, the demo and {@code generate}), then the registry's order.
 */
final class OfferTypeList extends ListView<Profile> {

    OfferTypeList(ProfileRegistry registry, LocalDate today) {
        List<Profile> profiles = new ArrayList<>(registry.all());
        profiles.sort(Comparator.comparing(p -> !p.id().equals(ProfileRegistry.DEFAULT_PROFILE_ID)));
        getItems().setAll(profiles);
        setId("offerTypes");
        getStyleClass().add("offer-types");
        setCellFactory(list -> new Row(today));
        setPrefHeight(Math.min(profiles.size(), 8) * 56 + 4);
    }

    /** Selects the profile {@code id} (the first when there is no such), scrolled into view. */
    void select(String id) {
        int index = Math.max(0, getItems().stream().map(Profile::id).toList().indexOf(id));
        getSelectionModel().select(index);
        scrollTo(index);
    }

    private static final class Row extends ListCell<Profile> {
        private final LocalDate today;

        Row(LocalDate today) {
            this.today = today;
            // The cell takes the list's width, so a long title wraps instead of being cut or scrolled sideways.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Profile profile, boolean empty) {
            super.updateItem(profile, empty);
            if (empty || profile == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Label title = Messages.userData(new Label(profile.title()));
            title.getStyleClass().add("card-title");
            title.setWrapText(true);
            Label facts = Messages.userData(new Label(Messages.format("offerType.facts", profile.marketplace(),
                    RulesAge.of(profile, today))));
            facts.getStyleClass().add("note");
            facts.setWrapText(true);
            for (Label label : new Label[] {title, facts}) {
                label.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            VBox row = new VBox(2, title, facts);
            row.setPadding(new Insets(3, 0, 3, 0));
            setGraphic(row);
            setId("offerType-" + profile.id());
            setAccessibleText(title.getText() + ", " + facts.getText());
        }
    }
}
