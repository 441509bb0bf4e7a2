package io.offerkit.check;

import io.offerkit.text.HtmlText;
import java.util.Locale;

/** A listing not in English must begin with "This application is available only in [language]." */
final class LanguageOpeningRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        String tag = context.project().language();
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || locale.getLanguage().equals("en")) {
            return Verdict.ok("The listing is in English.");
        }
        String language = locale.getDisplayLanguage(Locale.ENGLISH);
        String expected = "This application is available only in " + language + ".";
        String text = context.description() == null ? "" : HtmlText.visibleText(context.description().html());
        if (text.startsWith(expected)) {
            return Verdict.ok("The description opens with the language sentence.");
        }
        return Verdict.problem("The listing is in " + language + ": the description must begin with \"" + expected + "\"");
    }
}
