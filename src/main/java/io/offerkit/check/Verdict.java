package io.offerkit.check;

/**
 * What a rule decides. A problem becomes a failure or a warning by the item's severity; an advisory is a warning
 * whatever the severity (the offer is compliant, but the user should look: e.g. a link the sanitizer removed).
 */
record Verdict(Kind kind, String message) {
    enum Kind { OK, ADVISORY, PROBLEM }

    static Verdict ok(String message) {
        return new Verdict(Kind.OK, message);
    }

    static Verdict advisory(String message) {
        return new Verdict(Kind.ADVISORY, message);
    }

    static Verdict problem(String message) {
        return new Verdict(Kind.PROBLEM, message);
    }
}
