package io.offerkit.check;

import io.offerkit.profile.ChecklistItem;

/**
 * One checklist item's verdict, with a message that says what to do and where it is fixed: the item's field, or a
 * place within it ("text:description@120", a char offset) when a finding points at the text that needs the change.
 *
 * @param language the further listing language this verdict judges ("de-de"), or null for the primary listing and
 *                 everything the languages share (logos, documents, links); see {@link ListingChecks}
 */
public record CheckResult(ChecklistItem item, CheckState state, String message, String location, String language) {
    public CheckResult(ChecklistItem item, CheckState state, String message) {
        this(item, state, message, item.field());
    }

    public CheckResult(ChecklistItem item, CheckState state, String message, String location) {
        this(item, state, message, location, null);
    }

    /** "media-count; <its source>": the rule that judged the item and where the rule comes from ("attested" for a confirmation). */
    public String why() {
        String rule = item.rule() == null ? "attested" : item.rule();
        return item.source() == null || item.source().isBlank() ? rule : rule + "; " + item.source();
    }

    /** Is this a verdict on the primary listing or on what every language shares (not on a further language)? */
    public boolean isPrimary() {
        return language == null;
    }

    /** This verdict as one on a further language's listing: its message opens with the language's name. */
    CheckResult inLanguage(String tag, String languageName) {
        return new CheckResult(item, state, languageName + " (" + tag + "): " + message, location, tag);
    }
}
