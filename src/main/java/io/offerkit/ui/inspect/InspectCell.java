package io.offerkit.ui.inspect;

import io.offerkit.imaging.render.Finding;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.NoteStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One file in the list: thumbnail, name, facts, verdict badge, and the reasons in words. */
final class InspectCell extends ListCell<InspectRow> {
    private final ImageView thumbnail = new ImageView();
    private final Label name = new Label();
    private final Label facts = new Label();
    private final Label verdict = new Label();
    private final VBox reasons = new VBox(2);
    private final HBox root;

    InspectCell() {
        getStyleClass().add("inspect-cell");
        StackPane frame = new StackPane(thumbnail);
        frame.getStyleClass().add("inspect-thumbnail");
        frame.setMinSize(InspectViewModel.THUMBNAIL_SIDE + 8, InspectViewModel.THUMBNAIL_SIDE + 8);
        frame.setMaxSize(InspectViewModel.THUMBNAIL_SIDE + 8, InspectViewModel.THUMBNAIL_SIDE + 8);
        name.getStyleClass().add("card-title");
        Messages.userData(name);
        Messages.userData(facts); // the core's facts
        Messages.userData(reasons); // the core's reasons
        facts.getStyleClass().add("card-subtitle");
        facts.setWrapText(true);
        VBox text = new VBox(3, new HBox(8, name, verdict), facts, reasons);
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new HBox(12, frame, text);
        root.setAlignment(Pos.TOP_LEFT);
        setPrefWidth(0); // wrap to the list's width instead of widening it
    }

    @Override
    protected void updateItem(InspectRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setId(null);
            return;
        }
        setId("inspect-" + row.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        thumbnail.setImage(row.thumbnail() == null ? null : FxImages.toFx(row.thumbnail()));
        name.setText(row.name());
        facts.setText(row.factsText());
        verdict.setText(row.verdictText());
        verdict.getStyleClass().setAll("badge", row.ok() ? "badge-pass" : "badge-fail");
        reasons.getChildren().clear();
        for (Finding reason : row.findings()) {
            Label line = new Label(reason.text());
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE); // a list cell would otherwise cut a long reason to one line
            line.getStyleClass().addAll("note", "inspect-reason", NoteStyles.of(reason.level()));
            reasons.getChildren().add(line);
        }
        setGraphic(root);
    }
}
