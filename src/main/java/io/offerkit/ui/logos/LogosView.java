package io.offerkit.ui.logos;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.project.LogoSettings;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.LoadingBar;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.SectionKeys;
import io.offerkit.ui.look.Icons;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Logos section: the source bar (choose, paste, loading), the controls on the left, and on the right the preview
 * toolbar over one card per slot of the active profile. Only the cards scroll, so the controls stay in reach when
 * magnified previews are wider than the window.
 */
public final class LogosView extends BorderPane {
    private static final double CONTROLS_WIDTH = 258;
    /** Room for the vertical scroll bar, so a long column of controls is not cut at its right edge. */
    private static final double SCROLL_BAR_ALLOWANCE = 16;

    private final LogosViewModel model;
    private final FlowPane cards = new FlowPane(16, 16);
    private final Map<String, SlotCard> cardsBySlot = new LinkedHashMap<>();
    private final Button choose = new Button(Messages.text("logos.choose"));

    public LogosView(LogosViewModel model) {
        this.model = model;
        Label heading = new Label(Messages.text("section.logos"));
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);

        choose.setId("chooseLogo");
        Icons.OPEN.on(choose);
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> chooseFile());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        Button paste = new Button(Messages.text("logos.paste"));
        paste.setId("pasteLogo");
        Icons.PASTE.on(paste);
        paste.setMinWidth(Region.USE_PREF_SIZE);
        paste.setOnAction(e -> paste());
        paste.setTooltip(new Tooltip(Messages.format("logos.paste.tooltip", SectionKeys.PASTE.getDisplayText())));
        Label source = new Label();
        source.setId("logoSourceFacts");
        source.getStyleClass().add("source-facts");
        source.setWrapText(true);
        source.textProperty().bind(model.sourceTextBinding());
        source.visibleProperty().bind(model.loadingProperty().not());
        source.managedProperty().bind(source.visibleProperty());
        HBox.setHgrow(source, Priority.ALWAYS);
        HBox sourceBar = new HBox(10, choose, paste, source, new LoadingBar(model, Messages.text("logos.loading.cancel")));
        sourceBar.setAlignment(Pos.CENTER_LEFT);
        sourceBar.getStyleClass().add("source-bar");

        PreviewToolbar toolbar = new PreviewToolbar(model);
        VBox header = new VBox(12, heading, sourceBar, toolbar);
        header.setPadding(new Insets(20, 24, 12, 24));

        LogoControlsPane controls = new LogoControlsPane(model.controls(), model.sourceThumbnailProperty());
        ScrollPane controlsScroll = new ScrollPane(controls) {
            // 258 px, or wider when the controls cannot shrink to that (a longer translation of the fit choices)
            @Override
            protected double computeMinWidth(double height) {
                return Math.max(CONTROLS_WIDTH, snappedLeftInset() + controls.minWidth(-1) + SCROLL_BAR_ALLOWANCE + snappedRightInset());
            }

            @Override
            protected double computePrefWidth(double height) {
                return computeMinWidth(height);
            }
        };
        controlsScroll.getStyleClass().add("section-scroll");
        controlsScroll.setFitToWidth(true);
        controlsScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setMargin(controlsScroll, new Insets(0, 0, 16, 24));

        cards.getStyleClass().add("logo-cards");
        // Cards of a row start at one line, so their previews line up even when one card has more warnings.
        cards.setRowValignment(VPos.TOP);
        cards.setPadding(new Insets(0, 24, 24, 0));
        ScrollPane cardsScroll = new ScrollPane(cards);
        cardsScroll.getStyleClass().add("section-scroll");
        cardsScroll.setFitToWidth(true);
        HBox.setHgrow(cardsScroll, Priority.ALWAYS);
        HBox body = new HBox(16, controlsScroll, cardsScroll);

        setTop(header);
        setCenter(body);

        model.profileProperty().addListener((obs, old, now) -> rebuild(now));
        model.logoSetProperty().addListener((obs, old, now) -> show(now));
        model.byteSizesProperty().addListener((obs, old, now) -> showBytes());
        model.zoomProperty().addListener((obs, old, now) -> cardsBySlot.values().forEach(c -> c.zoom(model.zoomFactor())));
        model.previewBackgroundProperty().addListener((obs, old, now) -> cardsBySlot.values().forEach(c -> c.backdrop(now)));
        model.controls().selectedSlotProperty().addListener((obs, old, now) -> showSelection());
        model.controls().slotOverriddenProperty().addListener((obs, old, now) -> showScopes());
        model.logoSetProperty().addListener((obs, old, now) -> showScopes());
        SectionKeys.install(this, this::paste, model);
        rebuild(model.profileProperty().get());
    }

    private void rebuild(Profile profile) {
        cardsBySlot.clear();
        cards.getChildren().clear();
        int rowHeight = profile.imageSlots().stream().mapToInt(ImageSlot::height).max().orElse(0);
        for (ImageSlot slot : profile.imageSlots()) {
            SlotCard card = new SlotCard(slot, rowHeight);
            card.onChooseMark(() -> chooseMark(slot.id()));
            card.backdrop(model.previewBackgroundProperty().get());
            card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> model.controls().selectedSlotProperty().set(slot.id()));
            card.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // the keyboard's way to select a card: Tab to it, Space or Enter
                if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                    model.controls().selectedSlotProperty().set(slot.id());
                    e.consume();
                }
            });
            cardsBySlot.put(slot.id(), card);
            cards.getChildren().add(card);
        }
        show(model.logoSetProperty().get());
        showSelection();
    }

    private void show(LogoSet logos) {
        cardsBySlot.forEach((id, card) -> card.show(logos.slots().get(id), logos.problems().get(id), model.zoomFactor()));
        showBytes();
    }

    private void showBytes() {
        Map<String, Integer> sizes = model.byteSizesProperty().get();
        LogoSet logos = model.logoSetProperty().get();
        cardsBySlot.forEach((id, card) -> {
            if (logos.slots().containsKey(id)) {
                card.showBytes(sizes.get(id));
            }
        });
    }

    private void showSelection() {
        String selected = model.controls().selectedSlotProperty().get();
        cardsBySlot.forEach((id, card) -> card.selected(Objects.equals(id, selected)));
    }

    private void showScopes() {
        LogoSettings logo = model.controls().logoSettings();
        cardsBySlot.forEach((id, card) -> {
            String alternate = logo.alternateSource(id);
            card.showScope(logo.hasOwnSettings(id),
                    alternate == null ? null : String.valueOf(Path.of(alternate).getFileName()));
        });
    }

    /** The slot's own image, chosen from its card: for an outline icon, the mark it is made from. */
    private void chooseMark(String slotId) {
        model.controls().selectedSlotProperty().set(slotId);
        File file = Choosers.open(Choosers.images(Messages.text("logos.slot.chooseMark.title")), getScene().getWindow());
        if (file != null) {
            model.chooseSlotImage(slotId, file.toPath());
        }
    }

    private void chooseFile() {
        File file = Choosers.open(Choosers.images(Messages.text("logos.choose.title")), getScene().getWindow());
        if (file != null) {
            chooseSource(file.toPath());
        }
    }

    /** Takes a copied file or a copied image from the clipboard as the new logo. */
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            chooseSource(clipboard.getFiles().get(0).toPath());
        } else if (clipboard.hasImage()) {
            model.pasteImage(FxImages.toBuffered(clipboard.getImage()));
        } else {
            model.nothingToPaste();
        }
    }

    /** Magnifies the previews (1 to 8). */
    public void zoom(int factor) {
        model.zoomProperty().set(factor);
    }

    /** Tries {@code file} as the new logo source (from the chooser or a drop on the window). */
    public void chooseSource(Path file) {
        model.chooseSource(file);
    }

    /** The node that fixes a checklist field "logo:<slot>" (the slot's card), or the choose button for "logo:". */
    public Optional<Node> focusTarget(String slotId) {
        SlotCard card = cardsBySlot.get(slotId);
        return Optional.of(card != null ? card : choose);
    }
}
