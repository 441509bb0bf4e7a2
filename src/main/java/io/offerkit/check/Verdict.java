package io.offerkit.check;

/**
 * What a rule decides. A problem becomes a failure or a warning by the item's severity; an advisory is a warning
 * whatever the severity (the offer is compliant, but the user should look: e.g. a link the sanitizer removed); a
 * blocking problem is a failure whatever the severity: the export cannot make the file at all (a capture that is
 * missing or unreadable), so the offer cannot be ready.
 *
 * @param location where within the item's field the user fixes it ("media:screenshot-02"); null: the item's field
 */
record Verdict(Kind kind, String message, String location) {
    enum Kind { OK, ADVISORY, PROBLEM, BLOCKING }

    Verdict(Kind kind, String message) {
        this(kind, message, null);
    }

    /** This verdict, leading to {@code place} instead of the item's field. */
    Verdict at(String place) {
        return new Verdict(kind, message, place);
    }

    static Verdict ok(String message) {
        return new Verdict(Kind.OK, message);
    }

    static Verdict advisory(String message) {
        return new Verdict(Kind.ADVISORY, message);
    }

    static Verdict problem(String message) {
        return new Verdict(Kind.PROBLEM, message);
    }

    static Verdict blocking(String message) {
        return new Verdict(Kind.BLOCKING, message);
    }
}
