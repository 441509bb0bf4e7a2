package io.offerkit.ui.description;

import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.ListingLanguages.Language;
import io.offerkit.text.ListingLanguages;
import io.offerkit.text.RenderedDescription;
import io.offerkit.ui.fx.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;

/**
 * The Description section: the listing's text fields with live counters, the description editor beside its live,
 * sanitized preview and the report of what the marketplace conversion changed, and the text checks below.
 */
public final class DescriptionView extends ScrollPane {
    private static final Duration TYPING_PAUSE = Duration.millis(150);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final DescriptionViewModel model;
    private final TextField appName = new TextField();
    private final TextField summary = new TextField();
    private final TextField keywords = new TextField();
    private final TextField products = new TextField();
    private final ComboBox<Language> language = new ComboBox<>();
    private final Map<String, Label> fieldLabels = new LinkedHashMap<>();
    private final DescriptionEditor editor;
    private final PreviewPane preview = new PreviewPane();
    private final SanitizerReport report = new SanitizerReport();
    private final PauseTransition coalesce = new PauseTransition(TYPING_PAUSE);

    public DescriptionView(DescriptionViewModel model) {
        this.model = model;
        this.editor = new DescriptionEditor(model);
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        Label heading = new Label(Messages.text("section.description"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label intro = new Label(Messages.text("description.intro"));
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);
        LintPanel lints = new LintPanel(model.findingsProperty(), model.preferencesProblemProperty(), this::focusField, model::insertLanguageOpening,
                this::editLintSettings);

        VBox content = new VBox(12, new VBox(2, heading, intro), fields(), editorAndPreview(), lints);
        content.setPadding(new Insets(22, 28, 28, 28));
        setContent(content);

        coalesce.setOnFinished(e -> model.refreshPreview());
        model.sourceProperty().addListener((obs, old, now) -> coalesce.playFromStart());
        model.formatProperty().addListener((obs, old, now) -> coalesce.playFromStart());
        model.renderedProperty().addListener((obs, old, now) -> show(now));
        model.profileProperty().addListener((obs, old, now) -> labelFields());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                editor.openFind();
                e.consume();
            }
        });
        // The window builds this view when it is first shown: render what the project holds now, since nothing
        // rendered the description while there was no view. An equal rendering fires no change, so show it here.
        RenderedDescription before = model.renderedProperty().get();
        model.refreshPreview();
        if (Objects.equals(before, model.renderedProperty().get())) {
            show(before);
        }
    }

    private GridPane fields() {
        appName.setId("appNameField");
        summary.setId("summaryField");
        keywords.setId("keywordsField");
        products.setId("productsField");
        language.setId("languageField");
        Messages.userData(language); // language names as the core gives them
        appName.textProperty().bindBidirectional(model.appNameProperty());
        summary.textProperty().bindBidirectional(model.summaryProperty());
        keywords.textProperty().bindBidirectional(model.keywordsProperty());
        products.textProperty().bindBidirectional(model.productsProperty());
        for (TextField field : new TextField[] {appName, summary, keywords, products}) {
            field.setMaxWidth(Double.MAX_VALUE);
            // Leaving a field ends its typing run, so Undo then takes back that run as one step.
            field.focusedProperty().addListener((obs, was, is) -> model.endTypingBurst());
        }
        summary.setPromptText(Messages.text("description.summary.prompt"));
        keywords.setPromptText(Messages.text("description.keywords.prompt"));
        products.setPromptText(Messages.text("description.products.prompt"));
        languageChoice();

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-card");
        grid.setHgap(16);
        grid.setVgap(10);
        for (double share : new double[] {30, 40, 30}) { // the middle column holds the long "Products your app works with"
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(share);
            grid.getColumnConstraints().add(column);
        }
        grid.add(withSource(cell("appName", appName, new CounterLabel("appNameCounter", model.appNameCounterProperty(), true)),
                SourceTexts::appName), 0, 0);
        grid.add(withSource(cell("summary", summary, new CounterLabel("summaryCounter", model.summaryCounterProperty(), true)),
                SourceTexts::summary), 1, 0, 2, 1);
        grid.add(withSource(cell("keywords", keywords, new CounterLabel("keywordsCounter", model.keywordsCounterProperty(), true)),
                SourceTexts::keywords), 0, 1);
        grid.add(cell("products", products, new CounterLabel("productsCounter", model.productsCounterProperty(), true)), 1, 1);
        VBox languageCell = cell("language", language, null);
        languageCell.getChildren().add(new LanguagesMenu(model)); // under the box, which keeps the column's width
        grid.add(languageCell, 2, 1);
        labelFields();
        return grid;
    }

    /**
     * The listing language: common languages by name; a project's unusual tag is kept and shown too, and so is each
     * further listing language, so choosing one here switches the texts to that listing (the one place to switch).
     */
    private void languageChoice() {
        language.getItems().setAll(ListingLanguages.common());
        language.setMaxWidth(Double.MAX_VALUE);
        language.setVisibleRowCount(12);
        Runnable pull = () -> {
            for (String further : model.furtherLanguagesProperty().get()) {
                Language listed = ListingLanguages.of(further);
                if (!language.getItems().contains(listed)) {
                    language.getItems().add(listed);
                }
            }
            String tag = model.languageProperty().get();
            Language chosen = ListingLanguages.find(tag).orElseGet(() -> ListingLanguages.of(tag));
            if (!language.getItems().contains(chosen)) {
                language.getItems().add(chosen);
            }
            language.setValue(chosen);
        };
        pull.run();
        model.languageProperty().addListener((obs, old, now) -> pull.run());
        model.furtherLanguagesProperty().addListener((obs, old, now) -> pull.run());
        language.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.languageProperty().set(now.tag());
            }
        });
    }

    /** While translating, the source language's text of this field under it ("en: Contoso Route Planner"). */
    private VBox withSource(VBox cell, java.util.function.Function<SourceTexts, String> text) {
        Label source = new Label();
        source.getStyleClass().addAll("counter", "source-text");
        source.setWrapText(true);
        Messages.userData(source); // the user's own text in another language
        Runnable show = () -> {
            SourceTexts now = model.sourceTextsProperty().get();
            source.setText(now == null ? "" : now.language() + ": " + text.apply(now));
            source.setVisible(now != null);
            source.setManaged(now != null);
        };
        show.run();
        model.sourceTextsProperty().addListener((obs, old, now) -> show.run());
        cell.getChildren().add(source);
        return cell;
    }

    /** A field: its label above, the input, and its counter under the input's right end (labels are long). */
    private VBox cell(String fieldId, Node input, Label counter) {
        Label label = new Label();
        label.getStyleClass().add("form-label");
        label.setWrapText(true); // long field names (and translations) take a second line
        label.setLabelFor(input);
        fieldLabels.put(fieldId, label);
        if (!fieldId.equals("language")) {
            Messages.userData(label); // the profile's name of the field
        }
        VBox cell = new VBox(3, label, input);
        if (counter != null) {
            counter.setMaxWidth(Double.MAX_VALUE);
            counter.setAlignment(Pos.CENTER_RIGHT);
            cell.getChildren().add(counter);
        }
        return cell;
    }

    /** Field names as the active profile calls them. */
    private void labelFields() {
        fieldLabels.forEach((id, label) -> label.setText(id.equals("language") ? Messages.text("description.language")
                : model.spec(id).map(s -> s.label()).orElse(LintPanel.FieldNames.of(id))));
    }

    private VBox editorAndPreview() {
        ToggleGroup formats = new ToggleGroup();
        ToggleButton markdown = formatButton("Markdown", Messages.text("description.format.markdown"), DescriptionFormat.MARKDOWN, formats);
        ToggleButton html = formatButton("HTML", Messages.text("description.format.html"), DescriptionFormat.HTML, formats);
        markdown.getStyleClass().add("left-pill");
        html.getStyleClass().add("right-pill");
        formats.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one format is always chosen
            } else {
                model.formatProperty().set((DescriptionFormat) now.getUserData());
            }
        });
        model.formatProperty().addListener((obs, old, now) -> (now == DescriptionFormat.HTML ? html : markdown).setSelected(true));
        (model.formatProperty().get() == DescriptionFormat.HTML ? html : markdown).setSelected(true);

        Button find = new Button(Messages.text("description.find"));
        find.setId("openFind");
        find.getStyleClass().add("flat");
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setOnAction(e -> editor.openFind());
        find.setTooltip(new Tooltip(Messages.format("description.find.tooltip", FIND.getDisplayText())));
        Label editorLabel = new Label(Messages.text("description.editor"));
        editorLabel.getStyleClass().add("form-label");
        editorLabel.setWrapText(true); // takes a second line before the counter or the buttons are cut
        fieldLabels.put("description", editorLabel);
        Messages.userData(editorLabel);
        editorLabel.setLabelFor(editor.area());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, editorLabel, new HBox(markdown, html), find, spacer,
                new CounterLabel("descriptionCounter", model.descriptionCounterProperty(), false));
        bar.setAlignment(Pos.CENTER_LEFT);

        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox right = new VBox(10, preview, report);
        SplitPane split = new SplitPane(editor, right);
        split.setDividerPositions(0.5);
        split.setPrefHeight(350);
        split.getStyleClass().add("editor-split");
        return new VBox(8, bar, split);
    }

    private ToggleButton formatButton(String idSuffix, String text, DescriptionFormat format, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(format);
        button.setToggleGroup(group);
        button.setId("format" + idSuffix);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void show(RenderedDescription rendered) {
        if (rendered != null) {
            preview.show(rendered);
            report.show(rendered);
        }
    }

    private void editLintSettings() {
        LintSettingsDialog dialog = new LintSettingsDialog(model.lintSettingsProperty().get());
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(model.lintSettingsProperty()::set);
    }

    private void focusField(String fieldId) {
        focusTarget(fieldId).ifPresent(node -> {
            node.requestFocus();
            Node content = getContent();
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = getViewportBounds().getHeight();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            if (contentHeight > viewport) {
                setVvalue(Math.max(0, Math.min(1, (y - 24) / (contentHeight - viewport))));
            }
        });
    }

    /** Is the preview still loading, or about to reload? The screenshot waits for it. */
    public boolean previewLoading() {
        return preview.loading() || coalesce.getStatus() == Animation.Status.RUNNING;
    }

    public WebView preview() {
        return preview.web();
    }

    CodeArea editorArea() {
        return editor.area();
    }

    /**
     * Puts the caret of a field at {@code offset} (clamped to its text), after focusing it: a text field selects all
     * on focus, so this comes second. The description editor scrolls the caret into view.
     */
    public void placeCaret(String fieldId, int offset) {
        focusTarget(fieldId).ifPresent(node -> {
            if (node instanceof CodeArea area) {
                area.moveTo(Math.min(offset, area.getLength()));
                area.requestFollowCaret();
            } else if (node instanceof TextInputControl input) {
                input.positionCaret(Math.min(offset, input.getLength()));
            }
        });
    }

    /** The input that fixes a checklist field "text:<id>" or a lint finding's field. */
    public Optional<Node> focusTarget(String fieldId) {
        Map<String, Node> byField = Map.of("appName", appName, "summary", summary, "keywords", keywords,
                "products", products, "description", editor.area(), "language", language);
        return Optional.ofNullable(byField.get(fieldId));
    }
}
