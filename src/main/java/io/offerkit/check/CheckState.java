package io.offerkit.check;

import java.util.Locale;

/** The state of one checklist item. */
public enum CheckState {
    PASS,
    WARN,
    FAIL,
    /** Awaiting the publisher's confirmation. */
    CONFIRM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
