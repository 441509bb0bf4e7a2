package io.offerkit.ui.media;

import io.offerkit.project.Fit;
import io.offerkit.ui.fx.ColourText;
import io.offerkit.ui.fx.FormBlocks;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.OneOf;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SegmentedButton;

/**
 * How the selected capture fills its image, bound to a {@link FramingViewModel}: contain or cover (with its focus
 * point), a crop of the output's shape, and the background of contain's bands (auto: the capture's edge colour).
 * Never stretch: the marketplace rejects distorted images, so it is not offered.
 */
final class FramingPane extends VBox {
    private final FramingViewModel model;

    FramingPane(FramingViewModel model) {
        super(12);
        this.model = model;
        setId("framingControls");
        getChildren().addAll(fit(), crop(), focus(), background());
    }

    private Node fit() {
        SegmentedButton row = new SegmentedButton();
        row.setAccessibleText(Messages.text("media.fit"));
        ToggleGroup group = row.getToggleGroup();
        for (Fit fit : List.of(Fit.CONTAIN, Fit.COVER)) {
            ToggleButton b = new ToggleButton(Messages.text(fit == Fit.CONTAIN ? "media.fit.contain" : "media.fit.cover"));
            b.setId("media-fit-" + fit.name().toLowerCase(Locale.ROOT));
            b.setUserData(fit);
            b.setToggleGroup(group);
            b.setMinWidth(ToggleButton.USE_PREF_SIZE);
            row.getButtons().add(b);
        }
        OneOf.bind(group, model.fitProperty());
        row.disableProperty().bind(model.croppedProperty());
        return FormBlocks.labelled(Messages.text("media.fit"), row);
    }

    private Node crop() {
        CheckBox crop = new CheckBox(Messages.text("media.crop"));
        crop.setId("media-crop");
        crop.setWrapText(true);
        crop.selectedProperty().bindBidirectional(model.croppedProperty());
        Label note = new Label(Messages.text("media.crop.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        note.visibleProperty().bind(model.croppedProperty());
        note.managedProperty().bind(note.visibleProperty());
        return new VBox(6, crop, note);
    }

    private Node focus() {
        Slider x = slider("media-focusX", "media.focus.across.spoken", model.focusXProperty());
        Slider y = slider("media-focusY", "media.focus.down.spoken", model.focusYProperty());
        Node box = FormBlocks.labelled(Messages.text("media.focus"), row(Messages.text("media.focus.across"), x),
                row(Messages.text("media.focus.down"), y));
        box.visibleProperty().bind(model.fitProperty().isEqualTo(Fit.COVER).and(model.croppedProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Slider slider(String id, String spoken, DoubleProperty value) {
        Slider slider = new Slider(0, 1, 0.5);
        slider.setId(id);
        slider.setAccessibleText(Messages.text(spoken));
        slider.valueProperty().bindBidirectional(value);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return slider;
    }

    private static Node row(String label, Node control) {
        Label text = new Label(label);
        text.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, text, control);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node background() {
        CheckBox auto = new CheckBox(Messages.text("media.background.auto"));
        auto.setId("media-background-auto");
        auto.setWrapText(true);
        auto.selectedProperty().bindBidirectional(model.autoBackgroundProperty());
        ColorPicker picker = new ColorPicker();
        picker.setId("media-background-picker");
        picker.setAccessibleText(Messages.text("media.background.picker"));
        picker.setTooltip(new Tooltip(Messages.text("media.background.picker")));
        picker.setPrefWidth(150);
        picker.disableProperty().bind(model.autoBackgroundProperty());
        picker.setOnAction(e -> model.backgroundProperty().set(ColourText.hex(picker.getValue())));
        Runnable show = () -> {
            String value = model.backgroundProperty().get();
            if (value != null && !value.isBlank()) {
                try {
                    picker.setValue(Color.web(value));
                } catch (IllegalArgumentException ignored) {
                    // a hand-edited colour that does not read: the render's warning says so
                }
            }
        };
        model.backgroundProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return FormBlocks.labelled(Messages.text("media.background"), auto, picker);
    }
}
