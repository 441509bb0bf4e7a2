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
        ButtonType restore = new ButtonType(Messages.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("recovery.discard"), ButtonBar.ButtonData.NO);
        String which = recovery.projectFile() == null ? Messages.text("recovery.untitled") : String.valueOf(recovery.projectFile().getFileName());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("recovery.message", which), restore, discard);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("recovery.title"));
        alert.setHeaderText(Messages.text("recovery.header"));
        // Not showAndWait: start-up goes on (and a screenshot run is never held) while the question is open.
        alert.resultProperty().addListener((obs, old, answer) -> {
            if (answer == restore) {
                autosave.restore(recovery);
                status.info(Messages.format("recovery.restored", which));
            } else if (answer == discard) {
                autosave.discard(recovery);
                status.info(Messages.format("recovery.discarded", which));
            }
        });
        alert.show();
    }
}
