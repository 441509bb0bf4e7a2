package io.offerkit.check;

import io.offerkit.text.HtmlText;
import java.util.Locale;

/** The summary must not equal the description nor be contained in it (AppSource validation policy 7.4.6). */
final class SummaryDiffersRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        String summary = normalise(context.project().summary());
        if (summary.isEmpty() || context.description() == null) {
            return Verdict.ok("Nothing to compare yet.");
        }
        String description = normalise(HtmlText.visibleText(context.description().html()));
        if (description.equals(summary)) {
            return Verdict.problem("The summary is the same as the description; write a shorter, different summary.");
        }
        if (description.contains(summary)) {
            return Verdict.problem("The summary appears word for word in the description; reword one of them.");
        }
        return Verdict.ok("The summary differs from the description.");
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
