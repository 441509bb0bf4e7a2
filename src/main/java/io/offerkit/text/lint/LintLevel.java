package io.offerkit.text.lint;

/** How much a lint matters: an error blocks the listing, a warning is advice, off silences the rule. */
public enum LintLevel {
    ERROR,
    WARNING,
    OFF
}
