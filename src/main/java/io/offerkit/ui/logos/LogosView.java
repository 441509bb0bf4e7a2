package io.offerkit.ui.logos;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Logos section: choose the source, then one card per slot of the active profile. Only the cards scroll, so the
 * source bar and the zoom toggle stay in view when 3x previews are wider than the window.
 */
public final class LogosView extends BorderPane {
    private final LogosViewModel model;
    private final FlowPane cards = new FlowPane(16, 16);
    private final Map<String, SlotCard> cardsBySlot = new LinkedHashMap<>();
    private final Button choose = new Button("Choose logo…");

    public LogosView(LogosViewModel model) {
        this.model = model;
        Label heading = new Label("Logos");
        heading.getStyleClass().add("section-title");
        Label intro = new Label("One source image makes every logo the marketplace asks for. Drop an image anywhere on the window to replace it.");
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);

        choose.setId("chooseLogo");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> chooseFile());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.setId("logoSourceFacts");
        source.getStyleClass().add("source-facts");
        source.setWrapText(true);
        source.textProperty().bind(model.sourceTextBinding());
        ToggleButton zoom = new ToggleButton("Zoom 3×");
        zoom.setId("zoomToggle");
        zoom.selectedProperty().bindBidirectional(model.zoomedProperty());
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(source, Priority.SOMETIMES);
        HBox toolbar = new HBox(12, choose, source, spacer, zoom);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("source-bar");

        cards.getStyleClass().add("logo-cards");
        VBox header = new VBox(16, heading, intro, toolbar);
        header.setPadding(new Insets(28, 32, 16, 32));
        cards.setPadding(new Insets(0, 32, 32, 32));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.getStyleClass().add("section-scroll");
        scroll.setFitToWidth(true);
        setTop(header);
        setCenter(scroll);

        model.profileProperty().addListener((obs, old, now) -> rebuild(now));
        model.logoSetProperty().addListener((obs, old, now) -> show(now));
        model.zoomedProperty().addListener((obs, old, now) -> cardsBySlot.values().forEach(c -> c.zoom(model.zoomFactor())));
        rebuild(model.profileProperty().get());
    }

    private void rebuild(Profile profile) {
        cardsBySlot.clear();
        cards.getChildren().clear();
        int rowHeight = profile.imageSlots().stream().mapToInt(ImageSlot::height).max().orElse(0);
        for (ImageSlot slot : profile.imageSlots()) {
            SlotCard card = new SlotCard(slot, rowHeight);
            cardsBySlot.put(slot.id(), card);
            cards.getChildren().add(card);
        }
        show(model.logoSetProperty().get());
    }

    private void show(LogoSet logos) {
        cardsBySlot.forEach((id, card) -> card.show(logos.slots().get(id), logos.problems().get(id), model.zoomFactor()));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the source logo");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Images", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            chooseSource(file.toPath());
        }
    }

    /** Tries {@code file} as the new logo source (from the chooser or a drop on the window). */
    public void chooseSource(java.nio.file.Path file) {
        model.chooseSource(file);
    }

    /** The node that fixes a checklist field "logo:<slot>" (the slot's card), or the choose button for "logo:". */
    public Optional<Node> focusTarget(String slotId) {
        SlotCard card = cardsBySlot.get(slotId);
        return Optional.of(card != null ? card : choose);
    }
}
