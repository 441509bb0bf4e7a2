package io.offerkit.check;

import io.offerkit.profile.ChecklistItem;

/**
 * One checklist item's verdict, with a message that says what to do and where it is fixed: the item's field, or a
 * place within it ("text:description@120", a char offset) when a finding points at the text that needs the change.
 */
public record CheckResult(ChecklistItem item, CheckState state, String message, String location) {
    public CheckResult(ChecklistItem item, CheckState state, String message) {
        this(item, state, message, item.field());
    }

    /** "media-count; <its source>": the rule that judged the item and where the rule comes from ("attested" for a confirmation). */
    public String why() {
        String rule = item.rule() == null ? "attested" : item.rule();
        return item.source() == null || item.source().isBlank() ? rule : rule + "; " + item.source();
    }
}
