package io.offerkit.check;

/** The state of one checklist item. */
public enum CheckState {
    PASS,
    WARN,
    FAIL,
    /** Awaiting the publisher's confirmation. */
    CONFIRM;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
