package io.offerkit.profile;

import java.util.Optional;

/**
 * One requirement of the offer. An automatic item names the {@code rule} the check engine applies and the
 * {@code target} (slot, field, document or link id) it applies to; the {@code field} says where the user fixes it.
 */
public record ChecklistItem(
        String id,
        ChecklistGroup group,
        String title,
        String ruleText,
        CheckKind kind,
        Severity severity,
        String rule,
        String target,
        String field,
        String source) {

    public ChecklistItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a checklist item needs an id");
        }
        if (field != null && !field.isBlank() && FieldKind.of(field).isEmpty()) {
            throw new IllegalArgumentException("checklist item " + id + ": the field \"" + field + "\" must start with "
                    + FieldKind.choices());
        }
        severity = severity == null ? Severity.ERROR : severity;
        kind = kind == null ? CheckKind.AUTOMATIC : kind;
        group = group == null ? ChecklistGroup.COLLATERAL : group;
    }

    /** Where the item is fixed, by its field's kind; empty for an item without a field. */
    public Optional<FieldKind> fieldKind() {
        return FieldKind.of(field);
    }
}
