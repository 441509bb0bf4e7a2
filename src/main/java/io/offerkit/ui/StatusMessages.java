package io.offerkit.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's line: the last thing that happened, and whether it was an error. */
public final class StatusMessages {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Messages.text("status.ready"));
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");

    public void info(String text) {
        message.set(text);
        error.set(false);
    }

    public void error(String text) {
        message.set(text);
        error.set(true);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public boolean isError() {
        return error.get();
    }
}
