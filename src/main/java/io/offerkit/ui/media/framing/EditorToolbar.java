package io.offerkit.ui.media.framing;

import io.offerkit.project.Redaction;
import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/**
 * The editor's tools above the capture: the redaction tool, the style of the selected redaction (or of the next one
 * drawn when none is selected), removing it, and a line saying what the pointer does now.
 */
final class EditorToolbar extends VBox {
    private final EditorModel model;
    private final ToggleGroup styles;
    private final Label hint = new Label();

    EditorToolbar(EditorModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("capture-toolbar");
        ToggleButton tool = new ToggleButton(Messages.text("framing.redact"));
        tool.setId("redactionTool");
        tool.setTooltip(new Tooltip(Messages.text("framing.redact.tip")));
        tool.selectedProperty().bindBidirectional(model.drawing);
        SegmentedButton style = new SegmentedButton();
        style.setAccessibleText(Messages.text("framing.style"));
        for (Redaction.Style s : Redaction.Style.values()) {
            boolean fill = s == Redaction.Style.FILL;
            ToggleButton b = new ToggleButton(Messages.text(fill ? "framing.style.fill" : "framing.style.pixelate"));
            b.setId(fill ? "redactionFill" : "redactionPixelate");
            b.setTooltip(new Tooltip(Messages.text(fill ? "framing.style.fill.tip" : "framing.style.pixelate.tip")));
            b.setUserData(s);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(style.getToggleGroup()); // the skin would set it only once shown; listeners need it now
            style.getButtons().add(b);
        }
        styles = style.getToggleGroup();
        Button remove = new Button(Messages.text("framing.remove"));
        remove.setId("redactionRemove");
        remove.setTooltip(new Tooltip(Messages.text("framing.remove.tip")));
        remove.disableProperty().bind(model.selected.lessThan(0));
        remove.setOnAction(e -> model.apply(model.state().removingSelected()));
        hint.getStyleClass().add("note");
        hint.setMinWidth(0);
        hint.setWrapText(true);
        FlowPane controls = new FlowPane(8, 6, tool, style, remove); // wraps in a narrow column, labels kept whole
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, hint);
        for (Node control : List.of(tool, style, remove)) {
            control.visibleProperty().bind(model.redactable);
            control.managedProperty().bind(model.redactable);
        }
        model.redactable.addListener((obs, was, now) -> model.drawing.set(model.drawing.get() && now));
        styles.selectedToggleProperty().addListener((obs, old, now) -> chosen(now == null ? null : (Redaction.Style) now.getUserData()));
        model.selected.addListener((obs, old, now) -> showStyle());
        model.redactions.addListener((obs, old, now) -> showStyle());
        model.drawing.addListener((obs, old, now) -> showHint());
        model.framing.addListener((obs, old, now) -> showHint());
        showStyle();
        showHint();
    }

    private void chosen(Redaction.Style style) {
        if (style == null) {
            showStyle(); // one style is always chosen
            return;
        }
        model.drawStyle.set(style);
        model.apply(model.state().withSelectedStyle(style));
    }

    private void showStyle() {
        Redaction selected = model.state().selectedRedaction();
        Redaction.Style shown = selected == null ? model.drawStyle.get() : selected.style();
        styles.getToggles().forEach(t -> t.setSelected(t.getUserData() == shown));
    }

    private void showHint() {
        EditorState s = model.state();
        String key = model.drawing.get() ? "framing.hint.draw" : s.crop() != null ? "framing.hint.crop"
                : s.placesFocus() ? "framing.hint.focus" : "framing.hint.none";
        hint.setText(Messages.text(key));
    }
}
