package io.offerkit.ui.description;

import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.RenderedDescription;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.util.Duration;

/** The Description section: listing text fields, the description editor and its live, sanitized preview. */
public final class DescriptionView extends ScrollPane {
    private static final Duration TYPING_PAUSE = Duration.millis(150);

    private final DescriptionViewModel model;
    private final TextField appName = new TextField();
    private final TextField summary = new TextField();
    private final TextField keywords = new TextField();
    private final TextField products = new TextField();
    private final TextArea editor = new TextArea();
    private final WebView preview = new WebView();
    private final VBox reportLines = new VBox(4);
    private final Label descriptionCounter = new Label();
    private final PauseTransition coalesce = new PauseTransition(TYPING_PAUSE);

    public DescriptionView(DescriptionViewModel model) {
        this.model = model;
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        Label heading = new Label("Description");
        heading.getStyleClass().add("section-title");
        Label intro = new Label("What buyers read on the listing. The preview shows exactly the HTML the marketplace will receive.");
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);

        VBox content = new VBox(16, heading, intro, fields(), editorAndPreview(), reportBox());
        content.setPadding(new Insets(28, 32, 32, 32));
        setContent(content);

        coalesce.setOnFinished(e -> model.refreshPreview());
        model.sourceProperty().addListener((obs, old, now) -> coalesce.playFromStart());
        model.formatProperty().addListener((obs, old, now) -> coalesce.playFromStart());
        model.renderedProperty().addListener((obs, old, now) -> show(now));
        preview.getEngine().setJavaScriptEnabled(false);
        show(model.renderedProperty().get());
    }

    private GridPane fields() {
        appName.setId("appNameField");
        summary.setId("summaryField");
        keywords.setId("keywordsField");
        products.setId("productsField");
        appName.textProperty().bindBidirectional(model.appNameProperty());
        summary.textProperty().bindBidirectional(model.summaryProperty());
        keywords.textProperty().bindBidirectional(model.keywordsProperty());
        products.textProperty().bindBidirectional(model.productsProperty());
        for (TextField field : new TextField[] {appName, summary, keywords, products}) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        summary.setPromptText("One plain sentence, shown in search results");
        keywords.setPromptText("Comma-separated, at most 3");
        products.setPromptText("Comma-separated, at most 3");
        Label summaryCounter = counter(model.summaryCounterProperty());
        summaryCounter.setId("summaryCounter");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-card");
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        ColumnConstraints counters = new ColumnConstraints();
        counters.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, inputs, counters);
        grid.addRow(0, formLabel("App name"), appName);
        grid.addRow(1, formLabel("Summary"), summary, summaryCounter);
        grid.addRow(2, formLabel("Search keywords"), keywords);
        grid.addRow(3, formLabel("Products"), products);
        return grid;
    }

    private VBox editorAndPreview() {
        ToggleGroup formats = new ToggleGroup();
        ToggleButton markdown = formatButton("Markdown", DescriptionFormat.MARKDOWN, formats);
        ToggleButton html = formatButton("HTML", DescriptionFormat.HTML, formats);
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

        descriptionCounter.setId("descriptionCounter");
        bindCounter(descriptionCounter, model.descriptionCounterProperty());
        Label editorLabel = formLabel("Description");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, editorLabel, new HBox(markdown, html), spacer, descriptionCounter);
        bar.setAlignment(Pos.CENTER_LEFT);

        editor.setId("descriptionEditor");
        editor.setWrapText(true);
        editor.textProperty().bindBidirectional(model.sourceProperty());
        editor.getStyleClass().add("description-editor");
        preview.setId("descriptionPreview");
        preview.setContextMenuEnabled(false);
        VBox previewBox = new VBox(preview);
        previewBox.getStyleClass().add("preview-frame");
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane split = new SplitPane(editor, previewBox);
        split.setDividerPositions(0.5);
        split.setPrefHeight(420);
        split.getStyleClass().add("editor-split");
        return new VBox(10, bar, split);
    }

    private ToggleButton formatButton(String text, DescriptionFormat format, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setUserData(format);
        button.setToggleGroup(group);
        button.setId("format" + text);
        return button;
    }

    private VBox reportBox() {
        Label title = new Label("Changes made for the marketplace");
        title.getStyleClass().add("subheading");
        reportLines.setId("sanitizerReport");
        return new VBox(6, title, reportLines);
    }

    private void show(RenderedDescription rendered) {
        if (rendered == null) {
            return;
        }
        preview.getEngine().loadContent(PreviewPage.wrap(rendered.html()));
        reportLines.getChildren().clear();
        if (rendered.report().isEmpty()) {
            Label none = new Label("None: the description uses only allowed tags.");
            none.getStyleClass().add("note");
            reportLines.getChildren().add(none);
        }
        for (String line : rendered.report()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().addAll("note", "note-warning");
            reportLines.getChildren().add(label);
        }
    }

    private static Label formLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        return label;
    }

    private static Label counter(ObservableValue<LengthCounter> counter) {
        Label label = new Label();
        bindCounter(label, counter);
        return label;
    }

    private static void bindCounter(Label label, ObservableValue<LengthCounter> counter) {
        label.getStyleClass().add("counter");
        Runnable update = () -> {
            LengthCounter value = counter.getValue();
            label.setText(value == null ? "" : value.text());
            label.getStyleClass().remove("counter-over");
            if (value != null && value.over()) {
                label.getStyleClass().add("counter-over");
            }
        };
        counter.addListener((obs, old, now) -> update.run());
        update.run();
    }

    /** Is the preview still loading? The screenshot waits for it. */
    public boolean previewLoading() {
        Worker.State state = preview.getEngine().getLoadWorker().getState();
        return state == Worker.State.RUNNING || state == Worker.State.SCHEDULED || coalesce.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    public WebView preview() {
        return preview;
    }

    /** The input that fixes a checklist field "text:<id>". */
    public Optional<Node> focusTarget(String fieldId) {
        Map<String, Node> byField = Map.of("appName", appName, "summary", summary, "keywords", keywords,
                "products", products, "description", editor);
        return Optional.ofNullable(byField.get(fieldId));
    }
}
