package io.offerkit.ui.logos;

import io.offerkit.ui.fx.Messages;

/** What a slot preview is shown on: the designer checks the logo against each place it will appear. */
public enum PreviewBackground {
    CHECKERBOARD("logos.backdrop.checkerboard"),
    LIGHT("logos.backdrop.light"),
    DARK("logos.backdrop.dark"),
    MARKETPLACE_TILE("logos.backdrop.tile");

    private final String titleKey;

    PreviewBackground(String titleKey) {
        this.titleKey = titleKey;
    }

    public String title() {
        return Messages.text(titleKey);
    }
}
