package io.offerkit.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** On start, when unsaved work was left behind: Restore it (as an unsaved, undoable edit) or Discard it. */
final class RecoveryDialog {
    private RecoveryDialog() {
    }

    static void offer(Window owner, Autosave autosave, Autosave.Recovery recovery, StatusMessages status) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String which = recovery.projectFile() == null ? "an untitled project" : String.valueOf(recovery.projectFile().getFileName());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "OfferKit closed before changes to " + which + " were saved. Restore them? They open as unsaved changes;"
                        + " Undo returns to the saved version.", restore, discard);
        alert.initOwner(owner);
        alert.setTitle("Unsaved work found");
        alert.setHeaderText("Restore your unsaved work?");
        // Not showAndWait: start-up goes on (and a screenshot run is never held) while the question is open.
        alert.resultProperty().addListener((obs, old, answer) -> {
            if (answer == restore) {
                autosave.restore(recovery);
                status.info("Restored the unsaved work of " + which + ".");
            } else if (answer == discard) {
                autosave.discard(recovery);
                status.info("Discarded the unsaved work of " + which + ".");
            }
        });
        alert.show();
    }
}
