package io.offerkit.ui.documents;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.Profile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Documents section: one card per document of the profile, then the links. */
public final class DocumentsView extends ScrollPane {
    private final DocumentsViewModel model;
    private final VBox content = new VBox(16);
    private final Map<String, Node> focusTargets = new HashMap<>();

    public DocumentsView(DocumentsViewModel model) {
        this.model = model;
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        content.setPadding(new Insets(28, 32, 32, 32));
        setContent(content);
        model.profileProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(model.profileProperty().get());
    }

    private void rebuild(Profile profile) {
        focusTargets.clear();
        Label heading = new Label("Documents and links");
        heading.getStyleClass().add("section-title");
        Label intro = new Label("The legal documents and addresses buyers see before they install. Files are copied into the export.");
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);
        content.getChildren().setAll(heading, intro);
        for (DocumentSpec spec : profile.documents()) {
            DocumentCard card = new DocumentCard(spec, model);
            focusTargets.put("document:" + spec.id(), card.chooseButton());
            content.getChildren().add(card);
        }
        content.getChildren().add(links(profile));
    }

    private VBox links(Profile profile) {
        Label title = new Label("Links");
        title.getStyleClass().add("card-title");
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (LinkSpec spec : profile.links()) {
            TextField field = new TextField();
            field.setId("link-" + spec.id());
            field.setPromptText(spec.httpsOnly() ? "https://…" : "https:// or http://…");
            field.textProperty().bindBidirectional(model.link(spec));
            Label label = new Label(spec.label());
            label.getStyleClass().add("form-label");
            grid.addRow(row++, label, field);
            focusTargets.put("link:" + spec.id(), field);
        }
        VBox card = new VBox(10, title, grid);
        card.getStyleClass().add("form-card");
        return card;
    }

    /** The control that fixes a checklist field "document:<id>" or "link:<id>". */
    public Optional<Node> focusTarget(String field) {
        return Optional.ofNullable(focusTargets.get(field));
    }
}
