package io.offerkit.ui.logos;

import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.ColourText;
import io.offerkit.ui.fx.FormBlocks;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.OneOf;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/** The logo controls, bound to a {@link LogoControlsViewModel}: what they edit, then fit, padding, background... */
final class LogoControlsPane extends VBox {
    /** Quick backgrounds: white and black are there to be tried, the warnings then say why not. */
    private static final List<String> SWATCHES = List.of("#FFFFFF", "#F3F4F6", "#0F172A", "#2563EB", "#0E9F8E", "#7B2D8A");

    private final LogoControlsViewModel model;

    LogoControlsPane(LogoControlsViewModel model, ObservableValue<BufferedImage> thumbnail) {
        this.model = model;
        setId("logoControls");
        getStyleClass().addAll("form-card", "logo-controls");
        setSpacing(12);
        getChildren().addAll(scope(), fit(), padding(), background(), trimAndAlignment(), focus(thumbnail), alternate());
    }

    private Node scope() {
        Label what = new Label();
        what.setId("controlsScope");
        what.getStyleClass().add("card-title");
        what.setWrapText(true);
        what.textProperty().bind(model.scopeTextBinding());
        Button everySlot = new Button(Messages.text("logos.scope.everySlot"));
        everySlot.setId("editEverySlot");
        everySlot.getStyleClass().add("flat");
        everySlot.setOnAction(e -> model.selectedSlotProperty().set(null));
        Button override = new Button(Messages.text("logos.scope.override"));
        override.setId("overrideSlot");
        override.setOnAction(e -> model.overrideSelectedSlot());
        Button reset = new Button(Messages.text("logos.scope.reset"));
        reset.setId("resetSlot");
        reset.setOnAction(e -> model.resetSelectedSlot());
        var noSlot = model.selectedSlotProperty().isNull();
        everySlot.visibleProperty().bind(noSlot.not());
        override.visibleProperty().bind(noSlot.not().and(model.slotOverriddenProperty().not()));
        reset.visibleProperty().bind(model.slotOverriddenProperty());
        for (Button b : List.of(everySlot, override, reset)) {
            b.managedProperty().bind(b.visibleProperty());
        }
        Label hint = new Label(Messages.text("logos.scope.hint"));
        hint.getStyleClass().add("note");
        hint.setWrapText(true);
        hint.visibleProperty().bind(noSlot);
        hint.managedProperty().bind(hint.visibleProperty());
        for (Button b : List.of(everySlot, override, reset)) {
            b.setWrapText(true);
        }
        FlowPane buttons = new FlowPane(8, 6, override, reset, everySlot);
        return new VBox(6, what, hint, buttons);
    }

    private Node fit() {
        // ControlsFX's SegmentedButton: one control that reads as "pick one of these", styled as joined pills.
        SegmentedButton row = new SegmentedButton();
        row.setAccessibleText(Messages.text("logos.fit"));
        for (Fit fit : Fit.values()) {
            ToggleButton b = new ToggleButton(fitTitle(fit));
            b.setId("fit-" + fit.name().toLowerCase(Locale.ROOT));
            b.setMinWidth(ToggleButton.USE_PREF_SIZE); // the controls' column widens instead (see LogosView)
            b.setUserData(fit);
            b.setToggleGroup(row.getToggleGroup()); // the skin would set it only once shown; listeners need it now
            row.getButtons().add(b);
        }
        OneOf.bind(row.getToggleGroup(), model.fitProperty());
        Label warning = new Label(Messages.text("logos.fit.stretchWarning"));
        warning.setId("stretchWarning");
        warning.getStyleClass().addAll("note", "note-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(model.fitProperty().isEqualTo(Fit.STRETCH));
        warning.managedProperty().bind(warning.visibleProperty());
        return FormBlocks.labelled(Messages.text("logos.fit"), row, warning);
    }

    private Node padding() {
        Slider slider = new Slider(SlotSettings.MIN_PADDING_PERCENT, SlotSettings.MAX_PADDING_PERCENT, 0);
        slider.setId("paddingSlider");
        slider.setAccessibleText(Messages.text("logos.padding"));
        slider.valueProperty().bindBidirectional(model.paddingProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Spinner<Double> spinner = new Spinner<>();
        spinner.setId("paddingSpinner");
        spinner.setAccessibleText(Messages.text("logos.padding.spoken"));
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(SlotSettings.MIN_PADDING_PERCENT,
                        SlotSettings.MAX_PADDING_PERCENT, 0, 1);
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(82);
        // The spinner shows whole percents; the slider may sit between them while dragged.
        model.paddingProperty().addListener((obs, old, now) -> {
            double rounded = Math.round(now.doubleValue() * 10) / 10.0;
            if (factory.getValue() == null || factory.getValue() != rounded) {
                factory.setValue(rounded);
            }
        });
        factory.setValue(Math.round(model.paddingProperty().get() * 10) / 10.0);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null && Math.abs(now - model.paddingProperty().get()) >= 0.05) {
                model.paddingProperty().set(now);
            }
        });
        Label unit = new Label(Messages.text("logos.padding.unit"));
        unit.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(8, slider, spinner, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        return FormBlocks.labelled(Messages.text("logos.padding"), row);
    }

    private Node background() {
        ToggleButton transparent = new ToggleButton(Messages.text("logos.background.transparent"));
        transparent.setId("backgroundTransparent");
        transparent.setOnAction(e -> model.chooseBackground(SlotBackground.TRANSPARENT.toString()));
        FlowPane swatches = new FlowPane(6, 6);
        swatches.getChildren().add(transparent);
        for (String colour : SWATCHES) {
            Button swatch = new Button();
            swatch.setId("swatch-" + colour.substring(1));
            swatch.getStyleClass().add("swatch");
            swatch.setStyle("-fx-background-color: " + colour + ";");
            swatch.setTooltip(new Tooltip(Messages.format("logos.background.swatch", colour)));
            swatch.setAccessibleText(swatch.getTooltip().getText()); // a colour only: the name says which
            swatch.setOnAction(e -> model.chooseBackground(colour));
            swatches.getChildren().add(swatch);
        }
        ColorPicker picker = new ColorPicker();
        picker.setId("backgroundPicker");
        picker.setAccessibleText(Messages.text("logos.background.picker"));
        picker.setTooltip(new Tooltip(Messages.text("logos.background.picker")));
        picker.setPrefWidth(150);
        picker.setOnAction(e -> model.chooseBackground(ColourText.hex(picker.getValue())));
        Runnable show = () -> {
            String value = model.backgroundProperty().get();
            boolean none = value == null || SlotBackground.read(value).isTransparent();
            transparent.setSelected(none);
            if (none) {
                picker.setValue(Color.TRANSPARENT);
            } else {
                try {
                    picker.setValue(Color.web(value));
                } catch (IllegalArgumentException ignored) {
                    // an unreadable colour in a hand-edited project: the slot warning says so
                }
            }
        };
        model.backgroundProperty().addListener((obs, old, now) -> show.run());
        show.run();
        swatches.getChildren().add(picker);
        return FormBlocks.labelled(Messages.text("logos.background"), swatches);
    }

    private Node trimAndAlignment() {
        CheckBox trim = new CheckBox(Messages.text("logos.trim"));
        trim.setId("trimCheck");
        trim.setWrapText(true);
        trim.selectedProperty().bindBidirectional(model.trimProperty());
        CheckBox sharpen = new CheckBox(Messages.text("logos.sharpen"));
        sharpen.setWrapText(true);
        sharpen.setId("sharpenCheck");
        sharpen.selectedProperty().bindBidirectional(model.sharpenProperty());
        sharpen.setTooltip(new Tooltip(Messages.text("logos.sharpen.tooltip")));
        ComboBox<Alignment> align = new ComboBox<>();
        align.setId("alignmentChoice");
        align.getItems().setAll(Alignment.values());
        align.valueProperty().bindBidirectional(model.alignmentProperty());
        align.setConverter(new StringConverter<>() {
            @Override
            public String toString(Alignment a) {
                return a == null ? "" : alignmentTitle(a);
            }

            @Override
            public Alignment fromString(String s) {
                return Arrays.stream(Alignment.values()).filter(a -> alignmentTitle(a).equals(s)).findFirst().orElse(null);
            }
        });
        Label alignLabel = new Label(Messages.text("logos.align"));
        alignLabel.getStyleClass().add("form-label");
        alignLabel.setLabelFor(align);
        HBox alignRow = new HBox(10, alignLabel, align);
        alignRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, trim, sharpen, alignRow);
    }

    private Node focus(ObservableValue<BufferedImage> thumbnail) {
        FocusPicker picker = new FocusPicker(model.focusXProperty(), model.focusYProperty());
        thumbnail.addListener((obs, old, now) -> picker.show(now));
        picker.show(thumbnail.getValue());
        Slider x = new Slider(0, 1, 0.5);
        x.setId("focusX");
        x.setAccessibleText(Messages.text("logos.focus.across.spoken"));
        x.valueProperty().bindBidirectional(model.focusXProperty());
        Slider y = new Slider(0, 1, 0.5);
        y.setId("focusY");
        y.setAccessibleText(Messages.text("logos.focus.down.spoken"));
        y.valueProperty().bindBidirectional(model.focusYProperty());
        Label note = new Label(Messages.text("logos.focus.note"));
        note.getStyleClass().add("note");
        note.setWrapText(true);
        VBox box = new VBox(6, note, picker, new HBox(6, new Label(Messages.text("logos.focus.across")), x),
                new HBox(6, new Label(Messages.text("logos.focus.down")), y));
        Node section = FormBlocks.labelled(Messages.text("logos.focus"), box);
        section.visibleProperty().bind(model.fitProperty().isEqualTo(Fit.COVER));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private Node alternate() {
        Button choose = new Button(Messages.text("logos.alternate.choose"));
        choose.setId("alternateSource");
        choose.setWrapText(true);
        choose.setOnAction(e -> chooseAlternate());
        Button main = new Button(Messages.text("logos.alternate.main"));
        main.setId("mainSource");
        main.setWrapText(true);
        main.setOnAction(e -> model.useMainSource());
        Label current = new Label();
        current.getStyleClass().add("note");
        current.textProperty().bind(model.alternateTextBinding());
        main.visibleProperty().bind(model.alternateTextBinding().isNotEmpty());
        main.managedProperty().bind(main.visibleProperty());
        current.managedProperty().bind(current.visibleProperty());
        current.visibleProperty().bind(main.visibleProperty());
        VBox box = new VBox(6, choose, current, main);
        box.visibleProperty().bind(model.selectedSlotProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseAlternate() {
        File file = Choosers.open(Choosers.images(Messages.text("logos.alternate.title")), getScene().getWindow());
        if (file != null) {
            model.useAlternateSource(file.toPath());
        }
    }


    static String fitTitle(Fit fit) {
        return switch (fit) {
            case CONTAIN -> Messages.text("logos.fit.contain");
            case COVER -> Messages.text("logos.fit.cover");
            case STRETCH -> Messages.text("logos.fit.stretch");
        };
    }

    static String alignmentTitle(Alignment alignment) {
        return switch (alignment) {
            case CENTER -> Messages.text("logos.align.center");
            case LEFT -> Messages.text("logos.align.left");
            case RIGHT -> Messages.text("logos.align.right");
            case TOP -> Messages.text("logos.align.top");
            case BOTTOM -> Messages.text("logos.align.bottom");
        };
    }
}
