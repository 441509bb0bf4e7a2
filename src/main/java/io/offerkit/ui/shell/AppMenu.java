package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import io.offerkit.ui.look.Theme;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The menu bar; every command is a method of the window, so menus, shortcuts and tests share one path. */
final class AppMenu {
    private AppMenu() {
    }

    static MenuBar build(MainWindow window) {
        Menu file = new Menu(Messages.text("menu.file"), null,
                Icons.NEW.on(item(Messages.text("menu.file.new"), "Shortcut+N", e -> window.newProject())),
                Icons.OPEN.on(item(Messages.text("menu.file.open"), "Shortcut+O", e -> window.openWithChooser())),
                RecentMenu.build(window, window::recentProjects),
                item(Messages.text("menu.file.openBundle"), "Shortcut+Shift+O", e -> window.openBundleWithChooser()),
                new SeparatorMenuItem(),
                Icons.SAVE.on(item(Messages.text("menu.file.save"), "Shortcut+S", e -> window.save())),
                item(Messages.text("menu.file.saveAs"), "Shortcut+Shift+S", e -> window.saveAs()),
                new SeparatorMenuItem(),
                Icons.EXPORT.on(item(Messages.text("menu.file.exportFolder"), "Shortcut+E", e -> window.exportWithChooser())),
                Icons.EXPORT.on(item(Messages.text("menu.file.exportZip"), "Shortcut+Shift+E", e -> window.exportZipWithChooser())),
                new SeparatorMenuItem(),
                item(Messages.text("menu.file.quit"), "Shortcut+Q", e -> window.quit()));
        MenuItem undo = Icons.UNDO.on(item(Messages.text("menu.edit.undo"), "Shortcut+Z", e -> window.model().session().undo()));
        undo.disableProperty().bind(window.model().canUndoProperty().not());
        MenuItem redo = Icons.REDO.on(item(Messages.text("menu.edit.redo"), "Shortcut+Shift+Z", e -> window.model().session().redo()));
        redo.disableProperty().bind(window.model().canRedoProperty().not());
        Menu edit = new Menu(Messages.text("menu.edit"), null, undo, redo);
        Menu profile = new Menu(Messages.text("menu.profile"));
        // Rebuilt on every opening, so a profile loaded from a file appears and the tick follows the project.
        profile.setOnShowing(e -> fillProfiles(profile, window));
        fillProfiles(profile, window);
        window.model().sessionProperty().addListener((obs, old, now) -> fillProfiles(profile, window));
        Menu view = new Menu(Messages.text("menu.view"));
        for (Section section : Section.values()) {
            MenuItem go = Navigation.icon(section).on(item(section.title(), "Shortcut+" + (section.ordinal() + 1),
                    e -> window.model().sectionProperty().set(section)));
            go.setId("show-" + section.name().toLowerCase(java.util.Locale.ROOT));
            view.getItems().add(go);
        }
        view.getItems().addAll(new SeparatorMenuItem(), themeMenu(window));
        MenuItem demo = item(Messages.text("menu.help.demo"), "Shortcut+Shift+D", e -> window.openDemo());
        demo.setId("openDemo");
        Menu help = new Menu(Messages.text("menu.help"), null, demo, new SeparatorMenuItem(),
                Icons.ABOUT.on(item(Messages.text("menu.help.about"), "F1", e -> window.about())));
        MenuBar bar = new MenuBar(file, edit, view, profile, help);
        bar.setUseSystemMenuBar(true);
        disableUntilOpened(bar.getMenus(), window.model().sessionProperty().isNull());
        return bar;
    }

    /**
     * While the window is still opening its project there is nothing for the commands to work on: every item, and so
     * its shortcut, is off until the session is there (items that follow a state of their own, Undo and Redo, already
     * are). Items made later, when a menu is filled on showing, are made with the session there.
     */
    private static void disableUntilOpened(java.util.List<? extends MenuItem> items, javafx.beans.value.ObservableBooleanValue opening) {
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
    private static Menu themeMenu(MainWindow window) {
        Menu menu = new Menu(Messages.text("menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(theme.title());
            choice.setId("theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            if (theme.ordinal() < 9) {
                choice.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+" + (theme.ordinal() + 1)));
            }
            choice.setToggleGroup(group);
            choice.setSelected(window.themeProperty().get() == theme);
            choice.setOnAction(e -> window.themeProperty().set(theme));
            window.themeProperty().addListener((obs, old, now) -> choice.setSelected(now == theme));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private static void fillProfiles(Menu menu, MainWindow window) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        io.offerkit.ui.session.ProjectSession session = window.model().session();
        String active = session == null ? "" : session.profile().id();
        for (Profile p : session == null ? java.util.List.<Profile>of() : session.registry().all()) {
            RadioMenuItem choice = new RadioMenuItem(Messages.format("menu.profile.item", p.title(),
                    p.sourceDate().map(Object::toString).orElse("?")));
            choice.setId("profile-" + p.id());
            choice.setToggleGroup(group);
            choice.setSelected(p.id().equals(active));
            choice.setOnAction(e -> window.model().useProfile(p.id()));
            menu.getItems().add(choice);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item(Messages.text("menu.profile.load"), "Shortcut+L", e -> window.loadProfileWithChooser()));
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
