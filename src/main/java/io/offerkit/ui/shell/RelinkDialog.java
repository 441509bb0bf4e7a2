package io.offerkit.ui.shell;

import io.offerkit.project.MissingFiles;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.prefs.LastFolder;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** After opening a project whose files moved: the missing files, each with "Locate…" to point at its new place. */
final class RelinkDialog extends Alert {
    private final RelinkViewModel model;
    private final VBox rows = new VBox(8);
    private final CheckBox lookInFolder = new CheckBox(Messages.text("relink.lookInFolder"));

    private RelinkDialog(Window owner, RelinkViewModel model) {
        super(AlertType.WARNING, "", ButtonType.CLOSE);
        this.model = model;
        initOwner(owner);
        setTitle(Messages.text("relink.title"));
        lookInFolder.setSelected(true);
        lookInFolder.setId("relinkLookInFolder");
        rows.setId("relinkRows");
        getDialogPane().setContent(new VBox(12, rows, lookInFolder));
        getDialogPane().setPrefWidth(640);
        refresh();
    }

    /** Shows the dialog when files are missing (without blocking, so a start-up screenshot is not held up). */
    static void showIfNeeded(Window owner, RelinkViewModel model) {
        if (!model.missing().isEmpty()) {
            new RelinkDialog(owner, model).show();
        }
    }

    private void refresh() {
        var missing = model.missing();
        setHeaderText(missing.isEmpty() ? Messages.text("relink.allFound")
                : Messages.format("relink.header", missing.size()));
        rows.getChildren().clear();
        for (MissingFiles.Missing file : missing) {
            Label name = Messages.userData(new Label(Messages.format("relink.file", file.fileName(), file.usedFor())));
            name.getStyleClass().add("document-name");
            Label where = new Label(Messages.format("relink.wasAt", file.path()));
            where.getStyleClass().add("note");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button locate = new Button(Messages.text("relink.locate"));
            locate.setOnAction(e -> locate(file));
            locate.setAccessibleText(Messages.format("relink.locate.spoken", file.fileName()));
            HBox row = new HBox(10, new VBox(2, name, where), spacer, locate);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        lookInFolder.setVisible(missing.size() > 1);
    }

    private void locate(MissingFiles.Missing file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.format("relink.where", file.fileName()));
        chooser.setInitialFileName(file.fileName());
        File chosen = LastFolder.remember(LastFolder.in(chooser).showOpenDialog(getDialogPane().getScene().getWindow()));
        if (chosen != null) {
            model.relink(file, Path.of(chosen.getPath()), lookInFolder.isSelected());
            refresh();
        }
    }
}
