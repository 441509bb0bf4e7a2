package io.offerkit.ui.session;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import java.nio.file.Files;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * When unsaved work was left behind by a session that did not end cleanly: Restore it (as an unsaved, undoable
 * edit) or Discard it. Neither is a cancel button, so Escape or closing the dialog never throws the work away.
 */
public final class RecoveryDialog {
    private RecoveryDialog() {
    }

    /** The question, not shown yet (the caller owns and styles it), answered when the user presses a button. */
    public static Alert create(Autosave autosave, Autosave.Recovery recovery, StatusMessages status) {
        ButtonType restore = new ButtonType(Messages.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.text("recovery.discard"), ButtonBar.ButtonData.OTHER);
        String which = recovery.projectFile() == null ? Messages.text("recovery.untitled") : String.valueOf(recovery.projectFile().getFileName());
        boolean gone = recovery.projectFile() != null && !Files.isRegularFile(recovery.projectFile());
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.format(gone ? "recovery.message.gone" : "recovery.message", which), restore, discard);
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
        return alert;
    }
}
