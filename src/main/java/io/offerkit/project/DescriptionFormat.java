package io.offerkit.project;

/** The language the description is written in; the marketplace always receives HTML. */
public enum DescriptionFormat {
    MARKDOWN,
    HTML
}
