package io.offerkit.ui.documents;

import io.offerkit.document.DocumentFacts;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.project.DocumentRef;
import io.offerkit.ui.fx.FieldProblems;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.TextCounter;
import io.offerkit.ui.prefs.LastFolder;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * One document of the profile: what is attached and what inspection found in it, and how to attach a file, a web
 * address or pasted text; the checklist's messages for it sit underneath.
 */
final class DocumentCard extends VBox {
    /** Narrower than this, the web address field goes to a line of its own. */
    private static final double ADDRESS_FIELD_MIN_WIDTH = 160;
    private final DocumentSpec spec;
    private final DocumentsViewModel model;
    private final VBox entries = new VBox(6);
    private final Button chooseFile = new Button();
    // Held here and registered weakly: cards are rebuilt when the profile changes, the model lives on.
    private final InvalidationListener refresher = obs -> refresh();

    DocumentCard(DocumentSpec spec, DocumentsViewModel model) {
        this.spec = spec;
        this.model = model;
        getStyleClass().add("form-card");
        setId("document-" + spec.id());
        setSpacing(10);
        Label title = Messages.userData(new Label(spec.label()));
        title.getStyleClass().add("card-title");
        Label rule = new Label(ruleText());
        rule.getStyleClass().add("card-subtitle");
        rule.setWrapText(true);
        chooseFile.setText(Messages.text(DocumentsViewModel.takesSeveral(spec) ? "documents.addFile" : "documents.chooseFile"));
        chooseFile.setId("choose-" + spec.id());
        chooseFile.setOnAction(e -> choose());
        HBox actions = new HBox(10, chooseFile);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox actionRows = new VBox(8, actions);
        if (DocumentsViewModel.acceptsText(spec)) {
            Button paste = new Button(Messages.text("documents.pasteText"));
            paste.setId("paste-" + spec.id());
            paste.setOnAction(e -> PasteTextDialog.ask(getScene().getWindow(), spec, model.pastedText(spec.id()))
                    .ifPresent(text -> model.pasteText(spec, text)));
            actions.getChildren().add(paste);
        }
        if (spec.accepts().contains("url")) {
            TextField url = new TextField();
            url.setId("url-" + spec.id());
            url.setPromptText(Messages.text("documents.url.prompt"));
            url.setAccessibleText(Messages.format("documents.url.spoken", spec.label()));
            HBox.setHgrow(url, Priority.ALWAYS);
            Button use = new Button(Messages.text("documents.url.use"));
            Runnable apply = () -> {
                model.useUrl(spec, url.getText());
                url.clear();
            };
            use.setOnAction(e -> apply.run());
            url.setOnAction(e -> apply.run());
            HBox address = new HBox(10, url, use);
            address.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(address, Priority.ALWAYS);
            actions.getChildren().add(address);
            // The address goes below the buttons when one line cannot hold them all (a narrow card, a longer translation).
            actionRows.widthProperty().addListener((obs, old, now) -> placeAddress(actions, actionRows, address, use));
        }
        getChildren().addAll(new VBox(2, title, rule), entries, new FieldProblems(model.checks(), "document:" + spec.id(), () -> model.problems("document:" + spec.id()), model.facts()), actionRows);
        model.projectProperty().addListener(new WeakInvalidationListener(refresher));
        model.facts().addListener(new WeakInvalidationListener(refresher));
        refresh();
    }

    private static void placeAddress(HBox actions, VBox rows, HBox address, Button use) {
        double buttons = actions.getChildren().stream().filter(n -> n != address)
                .mapToDouble(n -> n.prefWidth(-1) + actions.getSpacing()).sum();
        boolean oneLine = rows.getWidth() >= buttons + ADDRESS_FIELD_MIN_WIDTH + address.getSpacing() + use.prefWidth(-1);
        if (oneLine && address.getParent() != actions) {
            rows.getChildren().remove(address);
            actions.getChildren().add(address);
        } else if (!oneLine && address.getParent() != rows) {
            actions.getChildren().remove(address);
            rows.getChildren().add(address);
        }
    }

    Button chooseButton() {
        return chooseFile;
    }

    private String ruleText() {
        // Marketing staff read "a file, a web address or pasted text", not the profile's "FILE, URL, TEXT".
        List<String> words = spec.accepts().stream().map(a -> switch (a) {
            case "file" -> Messages.text("documents.accepts.file");
            case "url" -> Messages.text("documents.accepts.url");
            case "text" -> Messages.text("documents.accepts.text");
            case "pdf" -> Messages.text("documents.accepts.pdf");
            default -> a.toUpperCase(Locale.ROOT);
        }).toList();
        String kinds = words.size() == 1 ? words.get(0)
                : Messages.format("documents.accepts.or", String.join(", ", words.subList(0, words.size() - 1)), words.get(words.size() - 1));
        String count;
        if (spec.maxCount() == null) {
            count = Messages.text("documents.count.one");
        } else if (spec.minCount() == null || spec.minCount() == 0) {
            count = Messages.format("documents.count.upTo", spec.maxCount());
        } else {
            count = Messages.format("documents.count.range", spec.minCount(), spec.maxCount());
        }
        String limit = spec.maxTextLength() != null ? Messages.format("documents.limit", TextCounter.limitText(spec.maxTextLength())) : "";
        return Messages.format(spec.required() ? "documents.rule.required" : "documents.rule.optional", count, kinds, limit);
    }

    private void refresh() {
        List<DocumentRef> refs = model.documents(spec.id());
        entries.getChildren().clear();
        if (refs.isEmpty()) {
            Label none = new Label(Messages.text("documents.none"));
            none.getStyleClass().addAll("note", spec.required() ? "note-problem" : "note");
            entries.getChildren().add(none);
        }
        for (int i = 0; i < refs.size(); i++) {
            entries.getChildren().add(entry(refs.get(i), i));
        }
    }

    private VBox entry(DocumentRef ref, int index) {
        Label kind = new Label(Messages.text(ref.isFile() ? "documents.kind.file" : ref.isUrl() ? "documents.kind.url" : "documents.kind.text"));
        kind.getStyleClass().addAll("badge", "badge-neutral");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Label name = Messages.userData(new Label(ref.isFile() ? String.valueOf(Path.of(ref.file()).getFileName()) : ref.displayName()));
        name.getStyleClass().add("document-name");
        // The name gives way when the row is short of room; its tooltip has it whole.
        name.setTooltip(new Tooltip(ref.isFile() ? ref.file() : ref.displayName()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(10, kind, name, spacer);
        if (ref.isFile() || ref.isText()) {
            Button preview = new Button(Messages.text("documents.preview"));
            preview.getStyleClass().add("flat");
            preview.setMinWidth(Region.USE_PREF_SIZE);
            preview.setOnAction(e -> model.showPreview(ref));
            preview.setAccessibleText(Messages.format("documents.preview.spoken", name.getText()));
            row.getChildren().add(preview);
        }
        Button remove = new Button(Messages.text("documents.remove"));
        remove.getStyleClass().add("flat");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.remove(spec.id(), index));
        remove.setAccessibleText(Messages.format("documents.remove.spoken", name.getText()));
        row.getChildren().add(remove);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(2, row);
        box.getStyleClass().add("document-row");
        box.getChildren().addAll(details(ref));
        return box;
    }

    /** Under a file: its real type, size, pages, encryption, then its problems in red; under text: the counter. */
    private List<Label> details(DocumentRef ref) {
        if (ref.isText()) {
            TextCounter counter = TextCounter.of(ref.text(), spec.maxTextLength());
            Label count = new Label(counter.text());
            count.getStyleClass().addAll("note", "document-facts", counter.overLimit() ? "note-problem" : "note");
            return List.of(count);
        }
        if (!ref.isFile()) {
            return List.of();
        }
        DocumentFacts facts = model.facts().get(ref.file());
        if (facts == null) {
            Label pending = new Label(Messages.text("documents.inspecting"));
            pending.getStyleClass().addAll("note", "document-facts");
            return List.of(pending);
        }
        Label summary = Messages.userData(new Label(facts.summary()));
        summary.getStyleClass().addAll("note", "document-facts");
        List<Label> problems = facts.problems().stream().map(p -> {
            Label problem = Messages.userData(new Label(p));
            problem.setWrapText(true);
            problem.getStyleClass().addAll("note", "note-problem", "document-problem");
            return problem;
        }).toList();
        return Stream.concat(Stream.of(summary), problems.stream()).toList();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(spec.label());
        if (spec.accepts().contains("pdf") && !spec.accepts().contains("file")) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("documents.filter.pdf"), "*.pdf"));
        } else {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("documents.filter.documents"),
                    "*.pdf", "*.docx", "*.html", "*.htm", "*.md", "*.markdown", "*.txt"));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.text("chooser.filter.all"), "*.*"));
        List<File> files = DocumentsViewModel.takesSeveral(spec)
                ? LastFolder.remember(LastFolder.in(chooser).showOpenMultipleDialog(getScene().getWindow()))
                : single(LastFolder.remember(LastFolder.in(chooser).showOpenDialog(getScene().getWindow())));
        if (files != null && !files.isEmpty()) {
            model.addFiles(spec, files.stream().map(File::toPath).toList());
        }
    }

    private static List<File> single(File file) {
        return file == null ? null : List.of(file);
    }
}
