package io.offerkit.ui.handoff;

import io.offerkit.bundle.FillSheet;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Hand-off section: the marketplace's form page by page, each field with what to type (Copy) and what to upload
 * (drag the chip into the browser), ticked off as it is entered. The header says how far the user is. Follows the
 * project while shown; rebuilt when the sheet changes (a tick does not change it).
 */
public final class HandoffView extends ScrollPane {
    private final HandoffViewModel model;
    private final Consumer<Path> onReveal;
    private final VBox content = new VBox(16);
    private final VBox pages = new VBox(16);
    private final List<FieldBlock> blocks = new ArrayList<>();

    public HandoffView(HandoffViewModel model) {
        this.model = model;
        this.onReveal = path -> model.reveal(path, ValueBox::copy);
        setId("handoffView");
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        content.setPadding(new Insets(28, 32, 32, 32));
        content.setMaxWidth(920);
        content.getChildren().addAll(header(), pages);
        setContent(content);
        model.sheetProperty().addListener((obs, old, now) -> rebuild());
        model.filesProperty().addListener(obs -> showFiles());
        model.preparingProperty().addListener(obs -> showFiles());
        sceneProperty().addListener((obs, old, now) -> model.setActive(now != null));
        model.setActive(getScene() != null);
        rebuild();
    }

    private VBox header() {
        Label heading = new Label(Messages.text("handoff.title"));
        heading.getStyleClass().add("section-title");
        Label intro = new Label(Messages.text("handoff.intro"));
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);
        ProgressBar entered = new ProgressBar();
        entered.setId("handoffProgress");
        entered.setPrefWidth(220);
        Label count = new Label();
        count.setId("handoffCount");
        count.getStyleClass().add("handoff-count");
        Runnable counted = () -> {
            int total = model.fieldCountProperty().get();
            entered.setProgress(total == 0 ? 0 : model.enteredCountProperty().get() / (double) total);
            count.setText(model.progressText());
        };
        model.enteredCountProperty().addListener(obs -> counted.run());
        model.fieldCountProperty().addListener(obs -> counted.run());
        counted.run();
        HBox progress = new HBox(10, entered, count);
        progress.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, intro, progress, filesStatus());
    }

    /** "Making the files to drag…" with its progress, or why they could not be made. */
    private HBox filesStatus() {
        ProgressBar bar = new ProgressBar();
        bar.setId("handoffFilesProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(model.filesProgressProperty());
        Label what = new Label();
        what.setId("handoffFilesStatus");
        what.getStyleClass().add("note");
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        Runnable status = () -> {
            boolean busy = model.preparingProperty().get();
            String problem = model.filesProblemProperty().get();
            bar.setVisible(busy);
            bar.setManaged(busy);
            what.setText(busy ? Messages.text("handoff.files.preparing")
                    : problem != null ? problem : Messages.text("handoff.files.ready"));
            what.getStyleClass().setAll("label", "note", problem != null && !busy ? "note-problem" : "note");
        };
        model.preparingProperty().addListener(obs -> status.run());
        model.filesProblemProperty().addListener(obs -> status.run());
        status.run();
        Button cancel = Icons.CANCEL.on(new Button(Messages.text("handoff.files.cancel")));
        cancel.setId("handoffFilesCancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setOnAction(e -> model.cancelFiles());
        cancel.visibleProperty().bind(model.preparingProperty());
        cancel.managedProperty().bind(model.preparingProperty());
        HBox line = new HBox(10, bar, what, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private void rebuild() {
        blocks.clear();
        pages.getChildren().clear();
        FillSheet sheet = model.sheetProperty().get();
        if (sheet == null) {
            return;
        }
        if (sheet.rows().isEmpty()) {
            Label none = new Label(Messages.format("handoff.none", model.offerTitle()));
            none.getStyleClass().add("note");
            none.setWrapText(true);
            pages.getChildren().add(none);
            return;
        }
        String page = null;
        VBox card = null;
        int number = 0;
        for (FillSheet.Row row : sheet.rows()) {
            if (!row.page().equals(page)) {
                page = row.page();
                Label title = Messages.userData(new Label(++number + ". " + page));
                title.getStyleClass().add("card-title");
                card = new VBox(4, title);
                card.getStyleClass().addAll("form-card", "handoff-page");
                pages.getChildren().add(card);
            }
            FieldBlock block = new FieldBlock(row, model, onReveal);
            if (card.getChildren().size() == 1) {
                block.getStyleClass().add("first"); // no line between the page's title and its first field
            }
            blocks.add(block);
            card.getChildren().add(block);
        }
        showFiles();
    }

    private void showFiles() {
        blocks.forEach(block -> block.showFiles(model.filesProperty().get(), model.preparingProperty().get()));
    }

    /** The chip of a field's file, by the field's key and the file's place in it (for tests and navigation). */
    Optional<FileChip> chip(String key, int index) {
        return blocks.stream().filter(b -> b.getId().equals("handoff-field-" + FieldBlock.idOf(key)))
                .flatMap(b -> b.chips().stream()).skip(index).findFirst();
    }
}
