package io.offerkit.check;

/** What a rule decides, before the item's severity turns a problem into a failure or a warning. */
record Verdict(boolean ok, String message) {
    static Verdict ok(String message) {
        return new Verdict(true, message);
    }

    static Verdict problem(String message) {
        return new Verdict(false, message);
    }
}
