package io.offerkit.project;

/** How a source logo is fitted into a slot of another shape. */
public enum Fit {
    /** The whole logo is visible; the rest of the slot is padding. */
    CONTAIN,
    /** The slot is filled; the logo is cropped around its focus point. */
    COVER,
    /** The logo is distorted to the slot's shape (warned about: the marketplace says never stretch). */
    STRETCH
}
