package io.offerkit.ui;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.DialogPane;

/**
 * The stylesheets of a theme: the light {@code offerkit.css} always, and {@code offerkit-dark.css} over it for dark,
 * which redefines the {@code -ok-*} colours and Modena's base colours. Dialogs get the same sheets as the window.
 */
public final class ThemeStyles {
    public static final String LIGHT = OfferKitApp.class.getResource("offerkit.css").toExternalForm();
    public static final String DARK = OfferKitApp.class.getResource("offerkit-dark.css").toExternalForm();

    private ThemeStyles() {
    }

    public static List<String> sheets(boolean dark) {
        return dark ? List.of(LIGHT, DARK) : List.of(LIGHT);
    }

    /** Replaces OfferKit's own sheets in the list, keeping any others (a test's, a library's) where they are. */
    public static void apply(ObservableList<String> stylesheets, boolean dark) {
        stylesheets.removeAll(LIGHT, DARK);
        stylesheets.addAll(0, sheets(dark));
    }

    public static void applyTo(DialogPane pane, List<String> windowSheets) {
        pane.getStylesheets().setAll(windowSheets);
        pane.getStyleClass().add("offerkit-dialog");
    }
}
