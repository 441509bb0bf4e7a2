package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.ThemeStyles;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The window's dialogs: owned by it and styled like it, so they stay on top of it and follow the theme. */
final class Alerts {
    private final Node window;

    /** {@code window}: the window's root; its scene is looked up when a dialog is shown. */
    Alerts(Node window) {
        this.window = window;
    }

    /** Something could not be done, said in a dialog that does not wait (start-up goes on to its screenshot). */
    void error(String header, String message) {
        show(Alert.AlertType.ERROR, header, message);
    }

    /** A warning that does not hold up start-up: the window goes on opening behind it. */
    void warn(String header, String message) {
        show(Alert.AlertType.WARNING, header, message);
    }

    /** What the user just asked for could not be done: said in a dialog, whole (the status bar cuts it off). */
    void failure(String message) {
        Alert alert = alert(Alert.AlertType.ERROR, null, message, ButtonType.OK);
        alert.setTitle(Messages.text("app.name"));
        alert.show();
    }

    /** Asks and waits for the answer: the button pressed, Cancel when the dialog was closed. */
    ButtonType ask(Alert.AlertType type, String header, String message, ButtonType... buttons) {
        return alert(type, header, message, buttons).showAndWait().orElse(ButtonType.CANCEL);
    }

    /** Owned by the window and styled like it (an alert, or a dialog of the window's own). */
    <D extends Dialog<?>> D own(D dialog) {
        dialog.initOwner(owner());
        if (window.getScene() != null) {
            ThemeStyles.applyTo(dialog.getDialogPane(), window.getScene().getStylesheets());
        }
        return dialog;
    }

    /** The window the choosers and dialogs belong to; null before the window is shown. */
    Window owner() {
        return window.getScene() == null ? null : window.getScene().getWindow();
    }

    private void show(Alert.AlertType type, String header, String message) {
        alert(type, header, message, ButtonType.OK).show();
    }

    private Alert alert(Alert.AlertType type, String header, String message, ButtonType... buttons) {
        Alert alert = own(new Alert(type, message, buttons));
        alert.setHeaderText(header);
        return alert;
    }
}
