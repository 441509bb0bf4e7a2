package io.offerkit.ui.look;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's line icons (Feather, through Ikonli), named by what they mean here rather than by their glyph, so a
 * command shows the same picture in the navigation, a button and its menu item. Icons are a font: they take the
 * control's text colour from the theme, light or dark, and stay sharp at any zoom.
 */
public enum Icons {
    LOGOS(Feather.IMAGE),
    DESCRIPTION(Feather.FILE_TEXT),
    DOCUMENTS(Feather.PAPERCLIP),
    MEDIA(Feather.FILM),
    LISTING(Feather.LIST),
    INSPECT(Feather.MAXIMIZE),
    HANDOFF(Feather.SEND),
    OPEN(Feather.FOLDER),
    NEW(Feather.FILE_PLUS),
    SAVE(Feather.SAVE),
    EXPORT(Feather.PACKAGE),
    UNDO(Feather.CORNER_UP_LEFT),
    REDO(Feather.CORNER_UP_RIGHT),
    PASTE(Feather.CLIPBOARD),
    ADD_FILES(Feather.FILE_PLUS),
    ADD_FOLDER(Feather.FOLDER_PLUS),
    CLEAR(Feather.TRASH_2),
    REMOVE(Feather.X),
    FIND(Feather.SEARCH),
    PREVIOUS(Feather.CHEVRON_UP),
    NEXT(Feather.CHEVRON_DOWN),
    PREVIEW(Feather.EYE),
    LINK(Feather.LINK),
    SETTINGS(Feather.SLIDERS),
    RESET(Feather.ROTATE_CCW),
    CANCEL(Feather.X_CIRCLE),
    PASS(Feather.CHECK),
    WARN(Feather.ALERT_TRIANGLE),
    FAIL(Feather.X),
    CONFIRM(Feather.HELP_CIRCLE),
    THEME(Feather.MOON),
    ABOUT(Feather.INFO);

    private final Ikon glyph;

    Icons(Ikon glyph) {
        this.glyph = glyph;
    }

    /** A new icon node (a node has one parent, so every control gets its own). */
    public FontIcon create() {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("ok-icon");
        return icon;
    }

    /** Puts this icon before the control's text; returns the control for chaining. */
    public <T extends Labeled> T on(T control) {
        control.setGraphic(create());
        return control;
    }

    /** Shows only this icon; the control's text stays for its accessible name and its tooltip should say it too. */
    public <T extends Labeled> T only(T control) {
        on(control).setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return control;
    }

    public <T extends MenuItem> T on(T item) {
        item.setGraphic(create());
        return item;
    }
}
