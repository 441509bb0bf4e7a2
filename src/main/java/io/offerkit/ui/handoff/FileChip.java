package io.offerkit.ui.handoff;

import io.offerkit.bundle.HandoffFiles;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;

/**
 * One file of a field, as a chip with its name that is dragged into the upload box of the form in a browser: the drag
 * carries the file itself (a rendered logo or screenshot from the hand-off folder, a document where the user keeps
 * it). Until the file is on disk the chip says it is being made, or why it cannot be.
 */
final class FileChip extends HBox {
    private final String key;
    private final String name;
    private final Label label;
    private final Button reveal = Icons.OPEN.only(new Button(Messages.text("handoff.reveal")));
    private Path path;

    FileChip(String key, String name, Consumer<Path> onReveal) {
        super(4);
        this.key = key;
        this.name = name;
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("handoff-chip");
        label = Messages.userData(new Label(Path.of(name).getFileName().toString()));
        label.getStyleClass().add("handoff-chip-name");
        reveal.getStyleClass().addAll("flat", "small");
        reveal.setTooltip(new Tooltip(Messages.text("handoff.reveal.tooltip")));
        reveal.setOnAction(e -> onReveal.accept(path));
        getChildren().addAll(label, reveal);
        setOnDragDetected(event -> {
            dragContent().ifPresent(content -> {
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                board.setContent(content);
            });
            event.consume();
        });
        show(HandoffFiles.none(), true);
    }

    /** Shows the file as the newest files have it: ready to drag, still being made, or not made and why. */
    void show(HandoffFiles files, boolean preparing) {
        String fileName = Path.of(name).getFileName().toString();
        // while newer files are being made, the older ones are not offered: a drag would upload what was replaced
        path = preparing ? null : files.of(key).stream().filter(p -> p.getFileName().toString().equals(fileName))
                .findFirst().orElse(null);
        boolean ready = path != null;
        label.setGraphic((name.toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? Icons.LOGOS : Icons.DOCUMENTS).create());
        String why = ready ? Messages.format("handoff.chip.drag", path) : preparing ? Messages.text("handoff.chip.preparing")
                : files.problems().getOrDefault(key, Messages.text("handoff.chip.missing"));
        setTooltipText(why);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ready"), ready);
        reveal.setDisable(!ready);
        setOpacity(ready ? 1 : 0.6);
    }

    private void setTooltipText(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(this, tip);
    }

    /** What a drag of this chip carries: the file on disk, as a file list the browser's upload box takes. */
    Optional<ClipboardContent> dragContent() {
        if (path == null) {
            return Optional.empty();
        }
        ClipboardContent content = new ClipboardContent();
        content.putFiles(List.of(new File(path.toString())));
        return Optional.of(content);
    }

    /** The file on disk, once made. */
    Optional<Path> path() {
        return Optional.ofNullable(path);
    }
}
