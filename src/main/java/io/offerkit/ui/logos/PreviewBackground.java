package io.offerkit.ui.logos;

/** What a slot preview is shown on: the designer checks the logo against each place it will appear. */
public enum PreviewBackground {
    CHECKERBOARD("Checkerboard"),
    LIGHT("Light"),
    DARK("Dark"),
    MARKETPLACE_TILE("Marketplace tile");

    private final String title;

    PreviewBackground(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
