package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.RecentProjects;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** File > Open Recent, filled each time it opens; projects that no longer exist are greyed and can be cleared. */
final class RecentMenu {
    private RecentMenu() {
    }

    static Menu build(FileCommands files, StatusMessages status) {
        Menu menu = new Menu(Messages.text("menu.file.recent"));
        menu.setId("openRecent");
        menu.setOnShowing(e -> fill(menu, files, status));
        fill(menu, files, status);
        return menu;
    }

    private static void fill(Menu menu, FileCommands files, StatusMessages status) {
        RecentProjects recent = files.recentProjects();
        menu.getItems().clear();
        List<Path> paths = recent == null ? List.of() : recent.list();
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(Messages.text("menu.file.recent.none"));
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        boolean anyMissing = false;
        for (Path path : paths) {
            boolean exists = RecentProjects.exists(path);
            anyMissing |= !exists;
            MenuItem item = new MenuItem(Messages.format(exists ? "menu.file.recent.item" : "menu.file.recent.missing",
                    path.getFileName(), path.getParent()));
            item.setMnemonicParsing(false);
            item.setDisable(!exists);
            item.setOnAction(e -> files.openRecent(path));
            menu.getItems().add(item);
        }
        if (anyMissing) {
            MenuItem clear = new MenuItem(Messages.text("menu.file.recent.clear"));
            clear.setOnAction(e -> {
                paths.stream().filter(p -> !RecentProjects.exists(p)).forEach(recent::remove);
                status.info(Messages.text("menu.file.recent.cleared"));
            });
            menu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }
}
