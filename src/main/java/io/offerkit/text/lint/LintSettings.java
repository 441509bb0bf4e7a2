package io.offerkit.text.lint;

import java.util.List;
import java.util.Map;

/** The user's choices: a level per lint id (absent = the lint's default), and the word rules. */
public record LintSettings(Map<String, LintLevel> levels, List<String> flaggedWords, List<String> allowedWords) {
    public LintSettings {
        levels = levels == null ? Map.of() : Map.copyOf(levels);
        flaggedWords = flaggedWords == null ? List.of() : List.copyOf(flaggedWords);
        allowedWords = allowedWords == null ? List.of() : List.copyOf(allowedWords);
    }

    /** Claims a reviewer may ask the publisher to prove, flagged as warnings by default. */
    public static LintSettings defaults() {
        return new LintSettings(Map.of(),
                List.of("best-in-class", "world-class", "number one", "#1", "guaranteed", "cheapest", "100%"),
                List.of());
    }
}
