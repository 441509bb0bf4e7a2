package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text left from a draft (lorem ipsum, TODO, TBD, xxx) gets a listing rejected and looks careless. */
public final class PlaceholderTextLint implements Lint {
    /** "dolor sit amet" is only looked for where no "lorem ipsum" came first, so the usual opening is one finding. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(lorem\\s+ipsum|dolor\\s+sit\\s+amet|TODO|TBD|FIXME|x{3,}|\\?\\?\\?)(?![\\p{L}\\p{N}])"
                    + "|(\\[(?:insert|add|your|placeholder)\\b[^\\]\\n]{0,80}\\])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public String id() {
        return "placeholder-text";
    }

    @Override
    public String title() {
        return "No placeholder text";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "OfferKit guidance (listings are reviewed for completeness)";
    }

    @Override
    public List<Problem> check(LintInput input) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> field : TextFields.of(input.project()).entrySet()) {
            // Every placeholder, not just the first: the user fixes them all in one pass, and each leads to its place.
            Matcher m = PLACEHOLDER.matcher(field.getValue());
            boolean lorem = false;
            while (m.find()) {
                String found = m.group(1) != null ? m.group(1) : m.group(2);
                if (lorem && found.toLowerCase(Locale.ROOT).startsWith("dolor")) {
                    continue;
                }
                lorem |= found.toLowerCase(Locale.ROOT).startsWith("lorem");
                problems.add(new Problem(field.getKey(), "Placeholder text \"" + found + "\"; replace it with the real text.",
                        m.start()));
            }
        }
        return problems;
    }
}
