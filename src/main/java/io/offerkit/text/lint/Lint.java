package io.offerkit.text.lint;

import java.util.List;

/** One rule about the listing's text, with the document it comes from and how much it matters by default. */
public interface Lint {
    String id();

    String title();

    LintLevel defaultLevel();

    /** Where the rule comes from (a marketplace document, or "OfferKit guidance"). */
    String source();

    /** The problems found; each entry is {field, message}. */
    List<Problem> check(LintInput input);

    /**
     * A problem before the level and source are attached; {@code offset} is where in the field's text it is (a char
     * index), or -1 when it is about the field as a whole.
     */
    record Problem(String field, String message, int offset) {
        public Problem(String field, String message) {
            this(field, message, -1);
        }
    }
}
