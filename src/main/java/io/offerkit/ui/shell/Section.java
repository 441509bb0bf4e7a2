package io.offerkit.ui.shell;

import io.offerkit.ui.fx.Messages;

/** The sections of the main window's navigation. */
public enum Section {
    LOGOS("section.logos"),
    DESCRIPTION("section.description"),
    DOCUMENTS("section.documents"),
    INSPECT("section.inspect");

    private final String titleKey;

    Section(String titleKey) {
        this.titleKey = titleKey;
    }

    /** The section called {@code name} ("description"), in any case. */
    public static java.util.Optional<Section> named(String name) {
        return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public String title() {
        return Messages.text(titleKey);
    }
}
