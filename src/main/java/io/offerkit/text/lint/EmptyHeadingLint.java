package io.offerkit.text.lint;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A heading with no text shows as a gap in the listing. */
public final class EmptyHeadingLint implements Lint {
    @Override
    public String id() {
        return "empty-heading";
    }

    @Override
    public String title() {
        return "No empty headings";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.WARNING;
    }

    @Override
    public String source() {
        return "OfferKit guidance";
    }

    @Override
    public List<Problem> check(LintInput input) {
        if (input.description() == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (Element heading : Jsoup.parseBodyFragment(input.description().html()).select("h1, h2, h3, h4, h5, h6")) {
            if (heading.text().isBlank()) {
                problems.add(new Problem("description", "An empty <" + heading.tagName() + "> heading; give it text or remove it."));
            }
        }
        return problems;
    }
}
