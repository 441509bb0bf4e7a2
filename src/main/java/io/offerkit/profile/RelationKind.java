package io.offerkit.profile;

/** How one field must relate to another. */
public enum RelationKind {
    /** Not the same value (help link and support link). */
    DIFFERENT,
    /** Not the same and not found inside the other (Teams' short description in its full description). */
    NOT_INSIDE,
    /** The same value (a text the form asks for twice). */
    SAME
}
