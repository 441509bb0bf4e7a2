package io.offerkit.ui.description;

import io.offerkit.project.LanguageTag;
import io.offerkit.text.ListingLanguages;
import io.offerkit.text.ListingLanguages.Language;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.ThemeStyles;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

/**
 * The listing languages' menu beside the language box: add a language (the new listing starts as a copy of the
 * texts edited now) or remove a further one; both one undo step. Filled on each opening, so it follows the project.
 */
final class LanguagesMenu extends MenuButton {
    private final DescriptionViewModel model;

    LanguagesMenu(DescriptionViewModel model) {
        super(Messages.text("description.languages"));
        this.model = model;
        setId("languagesMenu");
        getStyleClass().add("flat");
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip(Messages.text("description.languages.tooltip")));
        setOnShowing(e -> fill());
        fill();
    }

    private void fill() {
        getItems().clear();
        String refusal = model.addLanguageRefusal();
        MenuItem add = new MenuItem(refusal == null ? Messages.text("description.languages.add") : refusal);
        add.setId("addLanguage");
        add.setDisable(refusal != null);
        add.setOnAction(e -> chooseAndAdd());
        getItems().add(add);
        if (!model.furtherLanguagesProperty().get().isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        for (String tag : model.furtherLanguagesProperty().get()) {
            MenuItem remove = new MenuItem(Messages.format("description.languages.remove",
                    LanguageTag.of(tag).displayName() + " (" + tag + ")"));
            remove.setId("removeLanguage-" + tag);
            remove.setOnAction(e -> model.removeLanguage(tag));
            getItems().add(remove);
        }
    }

    private void chooseAndAdd() {
        ChoiceDialog<Language> dialog = new ChoiceDialog<>(null, ListingLanguages.common());
        dialog.setTitle(Messages.text("app.name"));
        dialog.setHeaderText(Messages.text("description.languages.add.header"));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            ThemeStyles.applyTo(dialog.getDialogPane(), getScene().getStylesheets());
        }
        dialog.showAndWait().ifPresent(language -> model.addLanguage(language.tag()));
    }
}
