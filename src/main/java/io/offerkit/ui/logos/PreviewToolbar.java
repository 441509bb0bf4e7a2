package io.offerkit.ui.logos;

import io.offerkit.ui.fx.Messages;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** How the previews are shown: magnification (1:1 to 8x) and the backdrop; the backdrop goes below when space is short. */
final class PreviewToolbar extends FlowPane {
    static final List<Integer> ZOOMS = List.of(1, 2, 3, 4, 6, 8);

    PreviewToolbar(LogosViewModel model) {
        super(8, 6);
        setId("previewToolbar");
        setAlignment(Pos.CENTER_LEFT);
        SegmentedButton zooms = new SegmentedButton();
        zooms.setAccessibleText(Messages.text("logos.zoom"));
        for (int factor : ZOOMS) {
            ToggleButton b = new ToggleButton(factor == 1 ? Messages.text("logos.zoom.actual") : Messages.format("logos.zoom.factor", factor));
            b.setId("zoom-" + factor);
            // "2×" alone says little: the tooltip and the spoken name say what it does.
            String spoken = factor == 1 ? Messages.text("logos.zoom.actual.spoken") : Messages.format("logos.zoom.factor.spoken", factor);
            b.setTooltip(new Tooltip(spoken));
            b.setAccessibleText(spoken);
            b.setUserData(factor);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setToggleGroup(zooms.getToggleGroup()); // the skin would set it only once shown; listeners need it now
            zooms.getButtons().add(b);
            b.setSelected(factor == model.zoomFactor());
        }
        ToggleGroup group = zooms.getToggleGroup();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.zoomProperty().set((Integer) now.getUserData());
            }
        });
        model.zoomProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> now.equals(t.getUserData())).findFirst().ifPresent(t -> t.setSelected(true)));
        ComboBox<PreviewBackground> backdrop = new ComboBox<>();
        backdrop.setId("previewBackground");
        backdrop.getItems().setAll(PreviewBackground.values());
        backdrop.valueProperty().bindBidirectional(model.previewBackgroundProperty());
        backdrop.setConverter(new StringConverter<>() {
            @Override
            public String toString(PreviewBackground b) {
                return b == null ? "" : b.title();
            }

            @Override
            public PreviewBackground fromString(String s) {
                return PreviewBackground.valueOf(s);
            }
        });
        backdrop.setMinWidth(Region.USE_PREF_SIZE);
        Label zoomLabel = new Label(Messages.text("logos.zoom"));
        zoomLabel.getStyleClass().add("form-label");
        Label onLabel = new Label(Messages.text("logos.backdrop"));
        onLabel.setLabelFor(backdrop);
        onLabel.getStyleClass().add("form-label");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        onLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox zoom = new HBox(8, zoomLabel, zooms);
        zoom.setAlignment(Pos.CENTER_LEFT);
        HBox on = new HBox(8, onLabel, backdrop);
        on.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(zoom, on);
    }
}
