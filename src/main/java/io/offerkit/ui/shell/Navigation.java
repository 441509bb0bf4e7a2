package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left navigation: one button per section, bound both ways to the selected section. */
final class Navigation extends VBox {
    Navigation(ObjectProperty<Section> selected) {
        getStyleClass().add("navigation");
        setSpacing(4);
        setPadding(new Insets(20, 12, 16, 12));
        Label brand = new Label(Messages.text("app.name"));
        brand.getStyleClass().add("brand");
        Label tagline = new Label(Messages.text("app.tagline"));
        tagline.getStyleClass().add("brand-tagline");
        tagline.setWrapText(true);
        tagline.setPrefWidth(0); // wraps to the width the buttons give the navigation, never widens it
        tagline.setMaxWidth(Double.MAX_VALUE);
        VBox brandBox = new VBox(0, brand, tagline);
        brandBox.setPadding(new Insets(0, 8, 18, 8));
        getChildren().add(brandBox);
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title());
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add("nav-button");
            button.setGraphic(icon(section).create());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setUserData(section);
            int number = section.ordinal() + 1;
            button.setTooltip(new javafx.scene.control.Tooltip(Messages.format("nav.tooltip", hint(section), shortcutName(number))));
            button.setToggleGroup(group);
            button.setSelected(section == selected.get());
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // a section is always shown
            } else {
                selected.set((Section) now.getUserData());
            }
        });
        selected.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getChildren().add(spacer);
    }

    static Icons icon(Section section) {
        return switch (section) {
            case LOGOS -> Icons.LOGOS;
            case DESCRIPTION -> Icons.DESCRIPTION;
            case DOCUMENTS -> Icons.DOCUMENTS;
            case INSPECT -> Icons.INSPECT;
        };
    }

    /** What each section is for; "Check sizes" above all is not obvious from its name. */
    static String hint(Section section) {
        return switch (section) {
            case LOGOS -> Messages.text("nav.hint.logos");
            case DESCRIPTION -> Messages.text("nav.hint.description");
            case DOCUMENTS -> Messages.text("nav.hint.documents");
            case INSPECT -> Messages.text("nav.hint.inspect");
        };
    }

    static String shortcutName(int number) {
        return javafx.scene.input.KeyCombination.keyCombination("Shortcut+" + number).getDisplayText();
    }
}
