package io.offerkit.text.lint;

/** One problem a lint found, in the field it found it in ("appName", "summary", "description"). */
public record LintFinding(String lintId, LintLevel level, String field, String message, String source) {
}
