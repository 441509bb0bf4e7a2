package io.offerkit.profile;

/** What breaking a rule costs: an {@code ERROR} gets the submission rejected, a {@code WARNING} is guidance. */
public enum Severity {
    ERROR,
    WARNING
}
