package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the publisher wants flagged (unprovable claims, banned terms), matched on whole words only — "tizen" never
 * matches inside "Notizen" — with an allow-list of phrases that are fine although they contain a flagged word
 * ("free trial" beside a flagged "free").
 */
public final class WordRulesLint implements Lint {
    private final List<String> flagged;
    private final List<String> allowed;

    public WordRulesLint(List<String> flagged, List<String> allowed) {
        this.flagged = List.copyOf(flagged);
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public String id() {
        return "word-rules";
    }

    @Override
    public String title() {
        return "No flagged words";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.WARNING;
    }

    @Override
    public String source() {
        return "Your word rules (OfferKit guidance: claims the marketplace may ask you to prove)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> field : TextFields.of(input.project()).entrySet()) {
            String text = withoutAllowed(field.getValue());
            for (String word : flagged) {
                Matcher m = wholeWord(word).matcher(text);
                if (m.find()) {
                    problems.add(new Problem(field.getKey(), "\"" + m.group() + "\" is on your list of flagged words.", m.start()));
                }
            }
        }
        return problems;
    }

    private String withoutAllowed(String text) {
        String result = text;
        for (String phrase : allowed) {
            Matcher m = wholeWord(phrase).matcher(result);
            result = m.replaceAll(match -> " ".repeat(match.group().length()));
        }
        return result;
    }

    /** Letters and digits on either side end a match; so does the text's edge. Punctuation in the word is literal. */
    static Pattern wholeWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
