package io.offerkit.ui.description;

/** What a field's counter shows: its text, and whether the field is near (>= 90 %) or over its limit. */
public interface FieldCounter {
    /** The share of the limit at which the counter starts to warn. */
    double NEAR = 0.9;

    String text();

    /** The same without the unit, where space is short (the field cards). */
    default String compactText() {
        return text();
    }

    boolean near();

    boolean over();
}
