package io.offerkit.ui.shell;

/** The sections of the main window's navigation. */
public enum Section {
    LOGOS("Logos"),
    DESCRIPTION("Description"),
    DOCUMENTS("Documents"),
    INSPECT("Check sizes");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The section called {@code name} ("description"), in any case. */
    public static java.util.Optional<Section> named(String name) {
        return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String title() {
        return title;
    }
}
