package io.offerkit.profile;

/** The three kinds of requirement the marketplace documentation names. */
public enum ChecklistGroup {
    COLLATERAL("Collateral"),
    TECHNICAL("Technical"),
    BUSINESS("Business");

    private final String title;

    ChecklistGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
