package io.offerkit.ui.inspect;

import io.offerkit.imaging.decode.ImageFormats;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import io.offerkit.ui.prefs.LastFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * "Check sizes": drop images, a folder or an exported bundle and see which slot each satisfies or why not. Drops on
 * this section are handled here (and not passed on as a new logo).
 */
public final class InspectView extends BorderPane {
    private final InspectViewModel model;

    public InspectView(InspectViewModel model) {
        this.model = model;
        setId("inspectView");
        Label heading = new Label(Messages.text("section.inspect"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label intro = new Label(Messages.text("inspect.intro"));
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);

        Button addFiles = new Button(Messages.text("inspect.addFiles"));
        addFiles.setId("inspectAddFiles");
        Icons.ADD_FILES.on(addFiles);
        addFiles.getStyleClass().add("accent");
        addFiles.setOnAction(e -> chooseFiles());
        Button addFolder = new Button(Messages.text("inspect.addFolder"));
        addFolder.setOnAction(e -> chooseFolder());
        Icons.ADD_FOLDER.on(addFolder);
        Button clear = new Button(Messages.text("inspect.clear"));
        clear.setId("inspectClear");
        Icons.CLEAR.on(clear);
        clear.setOnAction(e -> model.clear());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        Label summary = new Label();
        summary.setId("inspectSummary");
        summary.getStyleClass().add("source-facts");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryBinding());
        for (Button b : List.of(addFiles, addFolder, clear)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, addFiles, addFolder, clear, busy);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The summary names the profile and can run long (translations, profile titles): its own line, wrapped.
        VBox bar = new VBox(8, buttons, summary);
        bar.getStyleClass().add("source-bar");

        ListView<InspectRow> list = new ListView<>(model.rows());
        list.setId("inspectList");
        list.setAccessibleText(Messages.text("inspect.list.spoken"));
        list.getStyleClass().add("inspect-list");
        list.setCellFactory(v -> new InspectCell());
        list.setPlaceholder(new Label(Messages.text("inspect.empty")));
        VBox content = new VBox(14, heading, intro, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.setPadding(new Insets(20, 24, 24, 24));
        setCenter(content);
        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dropped(DragEvent event) {
        boolean files = event.getDragboard().hasFiles();
        if (files) {
            model.add(event.getDragboard().getFiles().stream().map(File::toPath).toList());
        }
        event.setDropCompleted(files);
        event.consume();
    }

    /** Adds files or folders to check (a drop, the choosers, or a start-up option). */
    public void add(List<Path> paths) {
        model.add(paths);
    }

    public boolean isBusy() {
        return model.isBusy();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("inspect.files.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.text("inspect.files.filter"), Stream.concat(
                        ImageFormats.FILE_PATTERNS.stream(), Stream.of("*.zip", "*.ZIP")).toList()),
                new FileChooser.ExtensionFilter(Messages.text("chooser.filter.all"), "*.*"));
        List<File> files = LastFolder.remember(LastFolder.in(chooser).showOpenMultipleDialog(getScene().getWindow()));
        if (files != null) {
            model.add(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.text("inspect.folder.title"));
        File dir = LastFolder.remember(LastFolder.in(chooser).showDialog(getScene().getWindow()));
        if (dir != null) {
            model.add(List.of(dir.toPath()));
        }
    }
}
