package io.offerkit.ui.media;

import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected entry's words, bound to an {@link EntryViewModel}: a screenshot's caption with its counter; a video's
 * name (with its counter), address (with what is wrong with it) and the guidance not to draw a play icon; then the
 * warnings, as the marketplace or a reviewer would say them.
 */
final class EntryPane extends VBox {
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final TextField caption = new TextField();
    private final TextField address = new TextField();

    EntryPane(EntryViewModel model, BooleanBinding video, Node thumbnailChooser) {
        super(12);
        setId("entryControls");
        caption.setId("media-caption");
        bindCaption(model);
        Label captionLabel = new Label();
        captionLabel.getStyleClass().add("form-label");
        captionLabel.textProperty().bind(Bindings.when(video)
                .then(Messages.text("media.name")).otherwise(Messages.text("media.caption")));
        captionLabel.setLabelFor(caption);
        Label counter = new Label();
        counter.setId("media-caption-counter");
        counter.getStyleClass().add("media-counter");
        counter.textProperty().bind(model.counterBinding());
        model.captionOverBinding().addListener((obs, was, over) -> counter.pseudoClassStateChanged(OVER, over));
        counter.pseudoClassStateChanged(OVER, model.captionOverBinding().get());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox captionHead = new HBox(8, captionLabel, gap, counter);
        captionHead.setAlignment(Pos.BASELINE_LEFT);

        address.setId("media-address");
        address.setPromptText(Messages.text("media.address.prompt"));
        address.textProperty().bindBidirectional(model.addressProperty());
        Label addressLabel = new Label(Messages.text("media.address"));
        addressLabel.getStyleClass().add("form-label");
        addressLabel.setLabelFor(address);
        Label problem = new Label();
        problem.setId("media-address-problem");
        Messages.userData(problem); // VideoAddress's own sentence, as the checklist says it
        problem.setWrapText(true);
        problem.getStyleClass().addAll("note", "note-warning");
        problem.textProperty().bind(model.addressProblemBinding());
        problem.visibleProperty().bind(model.addressProblemBinding().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label guidance = new Label(Messages.text("media.thumbnail.guidance"));
        guidance.setId("media-play-icon-guidance");
        guidance.getStyleClass().add("note");
        guidance.setWrapText(true);
        VBox videoOnly = new VBox(6, addressLabel, address, problem, thumbnailChooser, guidance);
        videoOnly.visibleProperty().bind(video);
        videoOnly.managedProperty().bind(videoOnly.visibleProperty());

        Label refused = new Label();
        refused.setId("media-caption-refused");
        refused.setWrapText(true);
        refused.getStyleClass().addAll("note", "note-warning");
        refused.textProperty().bind(model.refusedProperty());
        refused.visibleProperty().bind(model.refusedProperty().isNotEmpty());
        refused.managedProperty().bind(refused.visibleProperty());

        getChildren().addAll(new VBox(6, captionHead, caption, refused), videoOnly, warnings(model));
        caption.focusedProperty().addListener((obs, was, focused) -> model.endTypingRun());
        address.focusedProperty().addListener((obs, was, focused) -> model.endTypingRun());
    }

    /**
     * The field and the caption kept in step both ways, as a bidirectional binding would, with the field's edits
     * first asked of {@link EntryViewModel#takes}: a paste of a megabyte is refused there. What comes from the
     * project (another entry selected, an undo) is shown as it is, never filtered, so the field never disagrees
     * with the project.
     */
    private void bindCaption(EntryViewModel model) {
        boolean[] fromProject = new boolean[1];
        caption.setTextFormatter(new TextFormatter<String>(change -> fromProject[0] || !change.isContentChange()
                || model.takes(change.getControlText(), change.getControlNewText()) ? change : null));
        Runnable show = () -> {
            fromProject[0] = true;
            try {
                caption.setText(model.captionProperty().get());
            } finally {
                fromProject[0] = false;
            }
        };
        model.captionProperty().addListener((obs, old, now) -> {
            if (!java.util.Objects.equals(now, caption.getText())) {
                show.run();
            }
        });
        caption.textProperty().addListener((obs, old, now) -> {
            if (!fromProject[0]) {
                model.captionProperty().set(now);
            }
        });
        show.run();
    }

    private static Node warnings(EntryViewModel model) {
        Label title = new Label(Messages.text("media.warnings"));
        title.getStyleClass().add("form-label");
        VBox list = new VBox(6);
        list.setId("media-warnings");
        Runnable show = () -> {
            List<String> said = model.warningsBinding().get();
            list.getChildren().clear();
            if (said.isEmpty()) {
                Label fine = new Label(Messages.text("media.warnings.none"));
                fine.getStyleClass().addAll("note", "media-fine");
                fine.setWrapText(true);
                list.getChildren().add(fine);
            }
            for (String warning : said) {
                Label label = Messages.userData(new Label(warning)); // the checklist rules' own words
                label.getStyleClass().addAll("note", "note-warning", "media-warning");
                label.setWrapText(true);
                list.getChildren().add(label);
            }
        };
        model.warningsBinding().addListener((obs, old, now) -> show.run());
        show.run();
        return new VBox(6, title, list);
    }

    /** The field a checklist item about this entry leads to. */
    TextField captionField() {
        return caption;
    }

    TextField addressField() {
        return address;
    }
}
