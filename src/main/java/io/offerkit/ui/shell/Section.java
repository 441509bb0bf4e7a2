package io.offerkit.ui.shell;

/** The sections of the main window's navigation. */
public enum Section {
    LOGOS("Logos"),
    DESCRIPTION("Description"),
    DOCUMENTS("Documents");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
