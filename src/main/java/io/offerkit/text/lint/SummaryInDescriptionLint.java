package io.offerkit.text.lint;

import io.offerkit.text.HtmlText;
import java.util.List;
import java.util.Locale;

/** The short description must not equal the long one nor stand inside it. */
public final class SummaryInDescriptionLint implements Lint {
    @Override
    public String id() {
        return "summary-in-description";
    }

    @Override
    public String title() {
        return "Summary differs from the description";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.WARNING;
    }

    @Override
    public String source() {
        return "AppSource validation policy 7.4.6";
    }

    @Override
    public List<Problem> check(LintInput input) {
        String summary = normalise(input.project().summary());
        if (summary.isEmpty() || input.description() == null) {
            return List.of();
        }
        String description = normalise(HtmlText.visibleText(input.description().html()));
        if (description.equals(summary)) {
            return List.of(new Problem("summary", "The summary is the same as the description; write a shorter, different summary."));
        }
        if (description.contains(summary)) {
            return List.of(new Problem("summary", "The summary appears word for word in the description; reword one of them."));
        }
        return List.of();
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
