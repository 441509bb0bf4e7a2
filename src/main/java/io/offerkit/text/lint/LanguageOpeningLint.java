package io.offerkit.text.lint;

import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.HtmlText;
import java.util.List;
import java.util.Locale;

/** A listing not in English must begin with "This application is available only in [language]." */
public final class LanguageOpeningLint implements Lint {
    @Override
    public String id() {
        return "language-opening";
    }

    @Override
    public String title() {
        return "Non-English listing opens with the language sentence";
    }

    @Override
    public LintLevel defaultLevel() {
        return LintLevel.ERROR;
    }

    @Override
    public String source() {
        return "Dynamics 365 apps on Dataverse and Power Apps offer listing, 2021-12-03";
    }

    /** The sentence a listing in {@code languageTag} must open with, or null for English. */
    public static String requiredOpening(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return null;
        }
        return "This application is available only in " + locale.getDisplayLanguage(Locale.ENGLISH) + ".";
    }

    /**
     * The description with the required opening sentence put first (a paragraph of its own), or unchanged when the
     * language needs none or the description already begins with it — so the one-click fix can never stack copies.
     */
    public static Description withOpening(Description description, String languageTag) {
        String opening = requiredOpening(languageTag);
        if (opening == null || description.source().strip().startsWith(opening)
                || HtmlText.visibleText(description.source()).startsWith(opening)) {
            return description;
        }
        String paragraph = description.format() == DescriptionFormat.HTML ? "<p>" + opening + "</p>\n" : opening + "\n\n";
        return new Description(description.format(), paragraph + description.source());
    }

    @Override
    public List<Problem> check(LintInput input) {
        String expected = requiredOpening(input.project().language());
        // "available only in German" cannot be true of a listing that has others beside it in further languages
        if (expected == null || !input.project().listings().isEmpty()) {
            return List.of();
        }
        String text = input.description() == null ? "" : HtmlText.visibleText(input.description().html());
        if (text.startsWith(expected)) {
            return List.of();
        }
        return List.of(new Problem("description", "The listing is not in English: the description must begin with \""
                + expected + "\""));
    }
}
