package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text left from a draft (lorem ipsum, TODO, TBD, xxx) gets a listing rejected and looks careless. */
public final class PlaceholderTextLint implements Lint {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(lorem ipsum|dolor sit amet|TODO|TBD|FIXME|x{3,}|\\?\\?\\?)(?![\\p{L}\\p{N}])",
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
            Matcher m = PLACEHOLDER.matcher(field.getValue());
            if (m.find()) {
                problems.add(new Problem(field.getKey(), "Placeholder text \"" + m.group(1) + "\"; replace it with the real text."));
            }
        }
        return problems;
    }
}
