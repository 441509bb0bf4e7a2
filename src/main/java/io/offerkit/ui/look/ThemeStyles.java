package io.offerkit.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.collections.ObservableList;
import javafx.scene.control.DialogPane;

/**
 * The look of a theme. AtlantaFX's Primer Light or Primer Dark replaces Modena as the user-agent stylesheet (it is
 * app-wide, so every window, dialog, menu and tooltip follows it); OfferKit's own {@code offerkit.css} sits on top
 * and takes its colours from AtlantaFX's {@code -color-*} variables, so it needs no dark copy. {@code
 * offerkit-dark.css} only holds what has no AtlantaFX counterpart: the editor's syntax colours.
 */
public final class ThemeStyles {
    public static final String LIGHT = ThemeStyles.class.getResource("/io/offerkit/ui/offerkit.css").toExternalForm();
    public static final String DARK = ThemeStyles.class.getResource("/io/offerkit/ui/offerkit-dark.css").toExternalForm();
    // The binary forms: they skip CSS parsing, which is a noticeable part of the first frame.
    public static final String BASE_LIGHT = new PrimerLight().getUserAgentStylesheetBSS();
    public static final String BASE_DARK = new PrimerDark().getUserAgentStylesheetBSS();

    private ThemeStyles() {
    }

    public static List<String> sheets(boolean dark) {
        return dark ? List.of(LIGHT, DARK) : List.of(LIGHT);
    }

    public static String base(boolean dark) {
        return dark ? BASE_DARK : BASE_LIGHT;
    }

    /**
     * Switches the app-wide base theme and replaces OfferKit's own sheets in the list, keeping any others (a test's,
     * a library's) where they are.
     */
    public static void apply(ObservableList<String> stylesheets, boolean dark) {
        useBase(dark);
        stylesheets.removeAll(LIGHT, DARK);
        stylesheets.addAll(0, sheets(dark));
    }

    /**
     * Makes AtlantaFX's light or dark theme the app-wide base. The app calls it before its first control exists
     * (otherwise JavaFX loads Modena for the first frame); setting the same sheet again is skipped, as the scene's own
     * {@link #apply} does right after.
     */
    public static void useBase(boolean dark) {
        String base = base(dark);
        if (!base.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(base);
        }
    }

    public static void applyTo(DialogPane pane, List<String> windowSheets) {
        pane.getStylesheets().setAll(windowSheets);
        pane.getStyleClass().add("offerkit-dialog");
    }
}
