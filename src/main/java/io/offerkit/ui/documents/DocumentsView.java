package io.offerkit.ui.documents;

import io.offerkit.document.LinkProbe;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.Profile;
import io.offerkit.ui.fx.FieldProblems;
import io.offerkit.ui.fx.FormBlocks;
import io.offerkit.ui.fx.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Documents section: one card per document of the profile, then the links; a preview panel on the side. */
public final class DocumentsView extends ScrollPane {
    private final DocumentsViewModel model;
    private final VBox content = new VBox(16);
    private final Map<String, Node> focusTargets = new HashMap<>();
    private final Map<String, Label> reachabilityLabels = new HashMap<>();

    public DocumentsView(DocumentsViewModel model) {
        this.model = model;
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        HBox.setHgrow(content, Priority.ALWAYS);
        // The documents take what the preview panel leaves, down to what they need; then the panel narrows.
        content.setPrefWidth(0);
        HBox page = new HBox(16, content, new PreviewPanel(model));
        page.setPadding(new Insets(28, 32, 32, 32));
        setContent(page);
        model.reachability().addListener((MapChangeListener<String, LinkProbe.Result>) change -> showReachability(change.getKey()));
        model.profileProperty().addListener((obs, old, now) -> rebuild(now));
        rebuild(model.profileProperty().get());
    }

    private void rebuild(Profile profile) {
        focusTargets.clear();
        reachabilityLabels.clear();
        Label heading = new Label(Messages.text("documents.title"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label intro = new Label(Messages.text("documents.intro"));
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
        Label title = new Label(Messages.text("documents.links"));
        title.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button check = new Button(Messages.text("documents.links.check"));
        check.setId("checkLinks");
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setTooltip(new Tooltip(Messages.text("documents.links.check.tooltip")));
        check.setOnAction(e -> model.checkLinks());
        HBox header = new HBox(10, title, spacer, check);
        header.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = FormBlocks.labelsAndInputs(4);
        int row = 0;
        for (LinkSpec spec : profile.links()) {
            TextField field = new TextField();
            field.setId("link-" + spec.id());
            field.setPromptText(Messages.text(spec.httpsOnly() ? "documents.link.prompt.https" : "documents.link.prompt.http"));
            field.textProperty().bindBidirectional(model.link(spec));
            Label label = Messages.userData(new Label(spec.label()));
            label.getStyleClass().add("form-label");
            label.setLabelFor(field);
            Label reachable = Messages.userData(new Label()); // the probe's answer
            reachable.setId("reachability-" + spec.id());
            reachable.getStyleClass().add("note");
            // Under the field, wrapped: "could not connect to ...: no such host (...)" is whole, not cut off.
            reachable.setWrapText(true);
            reachable.managedProperty().bind(reachable.textProperty().isNotEmpty());
            reachable.visibleProperty().bind(reachable.managedProperty());
            reachabilityLabels.put(spec.id(), reachable);
            VBox input = new VBox(4, field, reachable);
            grid.addRow(row++, label, input);
            grid.add(new FieldProblems(model.checks(), "link:" + spec.id(), () -> model.problems("link:" + spec.id()), model.facts()), 1, row++);
            focusTargets.put("link:" + spec.id(), field);
            showReachability(spec.id());
        }
        VBox card = new VBox(10, header, grid);
        card.getStyleClass().add("form-card");
        return card;
    }

    private void showReachability(String linkId) {
        Label label = reachabilityLabels.get(linkId);
        if (label == null) {
            return;
        }
        LinkProbe.Result result = model.reachability().get(linkId);
        label.setText(result == null ? "" : result.message());
        label.getStyleClass().setAll("note", result == null ? "note" : switch (result.outcome()) {
            case REACHABLE -> "note-pass";
            case BROKEN -> "note-problem";
            case UNKNOWN -> "note-warning";
        });
    }

    /** The control that fixes a checklist field "document:<id>" or "link:<id>". */
    public Optional<Node> focusTarget(String field) {
        return Optional.ofNullable(focusTargets.get(field));
    }
}
