package io.offerkit.ui.logos;

import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.render.Level;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.PixelRule;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.PixelPreview;
import io.offerkit.ui.look.NoteStyles;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One profile slot as a card: name, size, the pixels (1:1 or magnified) on the chosen backdrop, the PNG's size in
 * bytes, pass/warn state with the warnings in words, and whether it has its own settings or image.
 */
final class SlotCard extends VBox {
    private final ImageSlot slot;
    private final PixelPreview preview;
    private final StackPane backdrop;
    private final VBox notes = new VBox(4);
    private final Label state = new Label();
    private final Label bytes = new Label();
    private final Label scope = new Label();
    /** Only an outline slot's card has it: where the user gives the slot a mark of their own. */
    private final Button chooseMark = new Button(Messages.text("logos.slot.chooseMark"));

    /** The tallest slot of the profile: every backdrop gets its height, so cards in a row line up. */
    private final int rowHeight;

    SlotCard(ImageSlot slot, int rowHeight) {
        this.rowHeight = rowHeight;
        this.slot = slot;
        getStyleClass().add("logo-card");
        setId("slot-" + slot.id());
        setFocusTraversable(true);
        setAccessibleText(Messages.format("logos.slot.spoken", slot.label(), slot.sizeText()));
        setSpacing(10);
        preview = new PixelPreview(slot.width(), slot.height());
        backdrop = new StackPane(preview);
        backdrop.getStyleClass().add("logo-canvas");
        backdrop.setMaxWidth(Region.USE_PREF_SIZE);
        backdrop.setMaxHeight(Region.USE_PREF_SIZE);
        PreviewBackgrounds.apply(backdrop, PreviewBackground.CHECKERBOARD);
        StackPane stage = new StackPane(backdrop);
        stage.setAlignment(Pos.TOP_LEFT);
        stage.getStyleClass().add("logo-stage");
        Label title = Messages.userData(new Label(slot.label()));
        title.getStyleClass().add("card-title");
        Label size = new Label(Messages.format("logos.slot.size", slot.sizeText(), slot.format().toUpperCase(Locale.ROOT)));
        size.getStyleClass().add("card-subtitle");
        bytes.setId("bytes-" + slot.id());
        bytes.getStyleClass().add("card-subtitle");
        scope.getStyleClass().addAll("card-subtitle", "slot-scope");
        scope.setVisible(false);
        scope.managedProperty().bind(scope.visibleProperty());
        for (Label l : new Label[] {title, size, scope}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        // The state goes under the names, not beside them: "2 warnings" is wider than "ready", and beside the names in
        // a small slot's card it would squeeze them onto more lines and push the preview down.
        state.setMinWidth(Region.USE_PREF_SIZE);
        VBox.setMargin(state, new Insets(4, 0, 0, 0));
        VBox header = new VBox(2, title, size, scope, state);
        header.setAlignment(Pos.TOP_LEFT);
        // Only the preview sets the card's width: the header and the notes take that width and wrap in it. Were it
        // their own, a long warning would widen the card and push its neighbours around.
        for (Region text : new Region[] {header, notes}) {
            text.setMinWidth(0);
            text.setPrefWidth(0);
        }
        getChildren().addAll(header, stage, bytes, notes);
        if (slot.pixelRule() == PixelRule.WHITE_ON_TRANSPARENT) {
            outlineParts();
        }
        zoom(1);
    }

    /**
     * An outline icon is made from the logo's mark, which some logos (a photo) do not have: the card says so and offers
     * the way to give the slot a mark of its own (the slot's own image), right where the reason shows.
     */
    private void outlineParts() {
        Label hint = new Label(Messages.text("logos.slot.outlineHint"));
        hint.setId("outlineHint-" + slot.id());
        hint.getStyleClass().add("card-subtitle");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // Like the notes, the hint takes the card's width and wraps in it, never widening the card.
        VBox wrapped = new VBox(hint);
        wrapped.setMinWidth(0);
        wrapped.setPrefWidth(0);
        chooseMark.setId("chooseMark-" + slot.id());
        chooseMark.setFocusTraversable(true);
        getChildren().addAll(wrapped, chooseMark);
    }

    /** What "Choose a mark…" does (it is only on an outline slot's card). */
    void onChooseMark(Runnable action) {
        chooseMark.setOnAction(e -> action.run());
    }

    /**
     * Asked for its height without a width (a flow pane's row), the card answers for its own width: its header and
     * notes wrap in that width, and at none they would claim a column of one word per line.
     */
    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
    }


    PixelPreview preview() {
        return preview;
    }

    void show(RenderedSlot rendered, String problem, int zoom) {
        notes.getChildren().clear();
        state.getStyleClass().setAll("badge");
        zoom(zoom);
        if (rendered == null) {
            preview.setImage(null);
            state.setText(Messages.text("logos.slot.missing"));
            setAccessibleText(Messages.format("logos.slot.spokenState", slot.label(), slot.sizeText(), state.getText()));
            state.getStyleClass().add("badge-fail");
            bytes.setText("");
            addNote(problem == null ? Messages.text("logos.slot.notRendered") : problem, NoteStyles.of(Level.ERROR));
            return;
        }
        preview.setImage(FxImages.toFx(rendered.image()));
        // Information is shown but does not make a slot "not ready"; an error outranks a warning in the badge.
        long serious = rendered.findings().stream().filter(f -> f.level() != Level.INFO).count();
        boolean error = rendered.findings().stream().anyMatch(f -> f.level() == Level.ERROR);
        state.setText(serious == 0 ? Messages.text("logos.slot.ready") : Messages.format("logos.slot.warnings", serious));
        setAccessibleText(Messages.format("logos.slot.spokenState", slot.label(), slot.sizeText(), state.getText()));
        state.getStyleClass().add(serious == 0 ? "badge-pass" : error ? "badge-fail" : "badge-warn");
        rendered.findings().forEach(f -> addNote(f.text(), NoteStyles.of(f.level())));
    }

    void showBytes(Integer size) {
        bytes.setText(size == null ? Messages.text("logos.slot.measuring") : Messages.format("logos.slot.bytes", sizeInWords(size)));
    }

    /** common's ByteSizes picks the unit and number; the UI's message bundle has the words. */
    private static String sizeInWords(long size) {
        ByteSizes.Amount amount = ByteSizes.amount(size);
        return switch (amount.unit()) {
            case BYTES -> Messages.format("logos.bytes", size);
            case KILOBYTES -> Messages.format("logos.kilobytes", amount.number());
            case MEGABYTES -> Messages.format("logos.megabytes", amount.number());
        };
    }

    void showScope(boolean ownSettings, String ownImage) {
        String text = ownSettings && ownImage != null ? Messages.text("logos.slot.ownBoth")
                : ownSettings ? Messages.text("logos.slot.ownSettings") : ownImage != null ? Messages.format("logos.slot.ownImage", ownImage) : "";
        scope.setText(text);
        scope.setVisible(!text.isEmpty());
    }

    void selected(boolean value) {
        pseudoClassStateChanged(PseudoClass.getPseudoClass("selected"), value);
    }

    void backdrop(PreviewBackground kind) {
        PreviewBackgrounds.apply(backdrop, kind);
        zoom(preview.zoomFactor());
    }

    void zoom(int zoom) {
        preview.zoom(zoom);
        Insets pad = backdrop.getPadding();
        ((Region) backdrop.getParent()).setMinHeight(rowHeight * zoom + pad.getTop() + pad.getBottom() + 2);
    }

    private void addNote(String text, String style) {
        Label note = Messages.userData(new Label(text)); // the core's warnings and problems
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE); // all of it, on as many lines as it takes
        note.getStyleClass().addAll("note", style);
        notes.getChildren().add(note);
    }
}
