package io.offerkit.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** A file dropped on the window: a project is opened, anything else is tried as the logo's source. */
final class WindowDrop {
    private WindowDrop() {
    }

    /** Takes drops on {@code window} while {@code open} (the sections are there to take them). */
    static void install(Node window, BooleanSupplier open, Consumer<Path> project, Consumer<Path> logo) {
        window.setOnDragOver(event -> {
            if (open.getAsBoolean() && event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        window.setOnDragDropped(event -> dropped(event, project, logo));
    }

    private static void dropped(DragEvent event, Consumer<Path> project, Consumer<Path> logo) {
        List<Path> files = event.getDragboard().hasFiles()
                ? event.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
        Optional<DroppedFile> drop = DroppedFile.of(files);
        event.setDropCompleted(drop.isPresent());
        event.consume();
        // Run after the drag gesture ends: opening may show dialogs.
        drop.ifPresent(d -> Platform.runLater(() -> (d.project() ? project : logo).accept(d.path())));
    }
}
