package io.offerkit.ui.documents;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.project.DocumentRef;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** One document of the profile: what is attached, and how to attach a file or a web address. */
final class DocumentCard extends VBox {
    private final DocumentSpec spec;
    private final DocumentsViewModel model;
    private final VBox entries = new VBox(6);
    private final Button chooseFile = new Button();

    DocumentCard(DocumentSpec spec, DocumentsViewModel model) {
        this.spec = spec;
        this.model = model;
        getStyleClass().add("form-card");
        setId("document-" + spec.id());
        setSpacing(10);
        Label title = new Label(spec.label());
        title.getStyleClass().add("card-title");
        Label rule = new Label(ruleText());
        rule.getStyleClass().add("card-subtitle");
        chooseFile.setText(DocumentsViewModel.takesSeveral(spec) ? "Add file…" : "Choose file…");
        chooseFile.setOnAction(e -> choose());
        HBox actions = new HBox(10, chooseFile);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (spec.accepts().contains("url")) {
            TextField url = new TextField();
            url.setPromptText("or a web address: https://…");
            HBox.setHgrow(url, Priority.ALWAYS);
            Button use = new Button("Use address");
            Runnable apply = () -> {
                model.useUrl(spec, url.getText());
                url.clear();
            };
            use.setOnAction(e -> apply.run());
            url.setOnAction(e -> apply.run());
            actions.getChildren().addAll(url, use);
        }
        getChildren().addAll(new VBox(2, title, rule), entries, actions);
        model.projectProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    Button chooseButton() {
        return chooseFile;
    }

    private String ruleText() {
        String kinds = String.join(", ", spec.accepts()).toUpperCase(Locale.ROOT);
        String count = spec.maxCount() != null ? (spec.minCount() != null ? spec.minCount() : 0) + " to " + spec.maxCount() + " documents" : "one document";
        return (spec.required() ? "Required" : "Optional") + " · " + count + " · " + kinds;
    }

    private void refresh() {
        List<DocumentRef> refs = model.documents(spec.id());
        entries.getChildren().clear();
        if (refs.isEmpty()) {
            Label none = new Label("Nothing attached yet.");
            none.getStyleClass().addAll("note", spec.required() ? "note-problem" : "note");
            entries.getChildren().add(none);
        }
        for (int i = 0; i < refs.size(); i++) {
            entries.getChildren().add(entry(refs.get(i), i));
        }
    }

    private HBox entry(DocumentRef ref, int index) {
        Label kind = new Label(ref.isFile() ? "FILE" : ref.isUrl() ? "URL" : "TEXT");
        kind.getStyleClass().addAll("badge", "badge-neutral");
        Label name = new Label(ref.isFile() ? String.valueOf(Path.of(ref.file()).getFileName()) : ref.displayName());
        name.getStyleClass().add("document-name");
        if (ref.isFile()) {
            name.setTooltip(new javafx.scene.control.Tooltip(ref.file()));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button remove = new Button("Remove");
        remove.getStyleClass().add("flat");
        remove.setOnAction(e -> model.remove(spec.id(), index));
        HBox row = new HBox(10, kind, name, spacer, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("document-row");
        return row;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.label());
        if (spec.accepts().contains("pdf") && !spec.accepts().contains("file")) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = DocumentsViewModel.takesSeveral(spec)
                ? chooser.showOpenMultipleDialog(getScene().getWindow())
                : single(chooser.showOpenDialog(getScene().getWindow()));
        if (files != null && !files.isEmpty()) {
            model.addFiles(spec, files.stream().map(File::toPath).toList());
        }
    }

    private static List<File> single(File file) {
        return file == null ? null : List.of(file);
    }
}
