package io.offerkit.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys of a section that reads images: Shortcut+V pastes (outside a text field), Escape cancels a load. */
public final class SectionKeys {
    public static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private SectionKeys() {
    }

    public static void install(Node section, Runnable paste, LoadingBar.Source loads) {
        section.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !(e.getTarget() instanceof TextInputControl)) {
                paste.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && loads.loadingProperty().get()) {
                loads.cancelLoad();
                e.consume();
            }
        });
    }
}
