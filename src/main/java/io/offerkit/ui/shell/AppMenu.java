package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import io.offerkit.ui.look.Theme;
import io.offerkit.ui.session.ProjectSession;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar over the window's commands (its file and export commands, its model's state, its sections and
 * theme), so menus, shortcuts and tests share one path.
 */
final class AppMenu {
    private AppMenu() {
    }

    static MenuBar build(ShellViewModel model, FileCommands files, ExportCommands export, TextFolderCommands texts,
                         List<Section> sections, ObjectProperty<Theme> theme) {
        Menu file = new Menu(Messages.text("menu.file"), null,
                Icons.NEW.on(item(Messages.text("menu.file.new"), "Shortcut+N", e -> files.newProject())),
                Icons.OPEN.on(item(Messages.text("menu.file.open"), "Shortcut+O", e -> files.openWithChooser())),
                RecentMenu.build(files, model.status()),
                item(Messages.text("menu.file.openBundle"), "Shortcut+Shift+O", e -> files.openBundleWithChooser()),
                new SeparatorMenuItem(),
                Icons.SAVE.on(item(Messages.text("menu.file.save"), "Shortcut+S", e -> files.save())),
                item(Messages.text("menu.file.saveAs"), "Shortcut+Shift+S", e -> files.saveAs()),
                new SeparatorMenuItem(),
                Icons.EXPORT.on(item(Messages.text("menu.file.exportFolder"), "Shortcut+E", e -> export.exportWithChooser())),
                Icons.EXPORT.on(item(Messages.text("menu.file.exportZip"), "Shortcut+Shift+E", e -> export.exportZipWithChooser())),
                storePreview(export),
                new SeparatorMenuItem(),
                item(Messages.text("menu.file.exportTexts"), "Shortcut+Shift+T", e -> texts.exportWithChooser()),
                item(Messages.text("menu.file.importTexts"), "Shortcut+Shift+I", e -> texts.importWithChooser()),
                new SeparatorMenuItem(),
                item(Messages.text("menu.file.quit"), "Shortcut+Q", e -> files.quit()));
        MenuItem undo = Icons.UNDO.on(item(Messages.text("menu.edit.undo"), "Shortcut+Z", e -> model.session().undo()));
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = Icons.REDO.on(item(Messages.text("menu.edit.redo"), "Shortcut+Shift+Z", e -> model.session().redo()));
        redo.disableProperty().bind(model.canRedoProperty().not());
        Menu edit = new Menu(Messages.text("menu.edit"), null, undo, redo);
        Menu profile = new Menu(Messages.text("menu.profile"));
        // Rebuilt on every opening, so a profile loaded from a file appears and the tick follows the project.
        profile.setOnShowing(e -> fillProfiles(profile, model, files));
        fillProfiles(profile, model, files);
        model.sessionProperty().addListener((obs, old, now) -> fillProfiles(profile, model, files));
        Menu view = new Menu(Messages.text("menu.view"));
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            MenuItem go = section.icon().on(item(section.title(), "Shortcut+" + (i + 1), e -> model.sectionProperty().set(section)));
            go.setId("show-" + section.name());
            view.getItems().add(go);
        }
        view.getItems().addAll(new SeparatorMenuItem(), themeMenu(theme));
        MenuItem demo = item(Messages.text("menu.help.demo"), "Shortcut+Shift+D", e -> files.openDemo());
        demo.setId("openDemo");
        Menu help = new Menu(Messages.text("menu.help"), null, demo, new SeparatorMenuItem(),
                Icons.ABOUT.on(item(Messages.text("menu.help.about"), "F1", e -> files.about())));
        MenuBar bar = new MenuBar(file, edit, view, profile, help);
        bar.setUseSystemMenuBar(true);
        disableUntilOpened(bar.getMenus(), model.sessionProperty().isNull());
        return bar;
    }

    /**
     * While the window is still opening its project there is nothing for the commands to work on: every item, and so
     * its shortcut, is off until the session is there (items that follow a state of their own, Undo and Redo, already
     * are). Items made later, when a menu is filled on showing, are made with the session there.
     */
    private static void disableUntilOpened(List<? extends MenuItem> items, ObservableBooleanValue opening) {
        for (MenuItem item : items) {
            if (!item.disableProperty().isBound()) {
                item.disableProperty().bind(opening);
            }
            if (item instanceof Menu menu) {
                disableUntilOpened(menu.getItems(), opening);
            }
        }
    }

    /** View > Theme: System, Light, Dark; the tick follows the window's theme however it was set. */
    private static Menu themeMenu(ObjectProperty<Theme> chosen) {
        Menu menu = new Menu(Messages.text("menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.title());
            choice.setId("theme-" + theme.name().toLowerCase(Locale.ROOT));
            if (theme.ordinal() < 9) {
                choice.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+" + (theme.ordinal() + 1)));
            }
            choice.setToggleGroup(group);
            choice.setSelected(chosen.get() == theme);
            choice.setOnAction(e -> chosen.set(theme));
            chosen.addListener((obs, old, now) -> choice.setSelected(now == theme));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private static void fillProfiles(Menu menu, ShellViewModel model, FileCommands files) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        ProjectSession session = model.session();
        String active = session == null ? "" : session.profile().id();
        for (Profile p : session == null ? List.<Profile>of() : session.registry().all()) {
            RadioMenuItem choice = new RadioMenuItem(Messages.format("menu.profile.item", p.title(),
                    p.sourceDate().map(Object::toString).orElse("?")));
            choice.setId("profile-" + p.id());
            choice.setToggleGroup(group);
            choice.setSelected(p.id().equals(active));
            // Another offer type goes through the dialog that shows what changes first, with this one chosen.
            choice.setOnAction(e -> {
                if (!p.id().equals(active)) {
                    files.changeOfferType(p.id());
                }
            });
            menu.getItems().add(choice);
        }
        MenuItem change = item(Messages.text("menu.profile.change"), "Shortcut+Shift+P", e -> files.changeOfferType(active));
        change.setId("changeOfferType");
        menu.getItems().addAll(new SeparatorMenuItem(), change, item(Messages.text("menu.profile.load"), "Shortcut+L", e -> files.loadProfileWithChooser()));
    }

    private static MenuItem storePreview(ExportCommands export) {
        MenuItem preview = item(Messages.text("menu.file.storePreview"), "Shortcut+Shift+R", e -> export.storePreview());
        preview.setId("storePreview");
        return preview;
    }

    private static MenuItem item(String text, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(action);
        return item;
    }
}
