package io.offerkit.text.lint;

/**
 * One problem a lint found, in the field it found it in ("appName", "summary", "description"), and where in that
 * field's text ({@code offset}, a char index; -1 when it is about the field as a whole).
 */
public record LintFinding(String lintId, LintLevel level, String field, String message, String source, int offset) {
    public LintFinding(String lintId, LintLevel level, String field, String message, String source) {
        this(lintId, level, field, message, source, -1);
    }
}
