package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left navigation: one button per section, bound both ways to the selected section. */
final class Navigation extends VBox {
    Navigation(List<Section> sections, ObjectProperty<Section> selected) {
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
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            ToggleButton button = new ToggleButton(section.title());
            button.setId("nav-" + section.name());
            button.getStyleClass().add("nav-button");
            button.setGraphic(section.icon().create());
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true); // a long title ("Screenshots & videos", a translation) takes two lines
            button.setUserData(section);
            button.setTooltip(new Tooltip(Messages.format("nav.tooltip", section.hint(), shortcutName(i + 1))));
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

    static String shortcutName(int number) {
        return KeyCombination.keyCombination("Shortcut+" + number).getDisplayText();
    }
}
