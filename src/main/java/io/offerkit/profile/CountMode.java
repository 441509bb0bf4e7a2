package io.offerkit.profile;

/** How a marketplace counts the characters of a field. */
public enum CountMode {
    /** The visible text only (markup removed). */
    TEXT,
    /** The HTML source, markup and spaces included (Partner Center's description). */
    MARKUP
}
