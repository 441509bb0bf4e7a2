package io.offerkit.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's line: the last thing that happened, and whether it was an error. A failure of something the
 * user just asked for (a file they chose that cannot be used) is {@link #failed}: the window also shows it in a
 * dialog, since the status bar is not where they are looking and cuts a long message off.
 */
public final class StatusMessages {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", Messages.text("status.ready"));
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final List<Consumer<String>> failureListeners = new ArrayList<>();

    public void info(String text) {
        message.set(text);
        error.set(false);
    }

    public void error(String text) {
        message.set(text);
        error.set(true);
    }

    /** An error about what the user just did: in the status line and told to {@link #onFailure} listeners. */
    public void failed(String text) {
        error(text);
        failureListeners.forEach(listener -> listener.accept(text));
    }

    /** Called with the text of each {@link #failed} (the window shows it in a dialog). */
    public void onFailure(Consumer<String> listener) {
        failureListeners.add(listener);
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
