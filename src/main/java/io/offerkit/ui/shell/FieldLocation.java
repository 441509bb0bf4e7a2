package io.offerkit.ui.shell;

import java.util.Optional;

/**
 * Where a checklist item's {@code field} ("text:summary", "logo:small-40x40", "document:terms-of-use",
 * "link:help", "attestation:aad-sso") is fixed: the section to show (none for attestations, which live in the
 * checklist panel itself) and the id within it.
 */
public record FieldLocation(String kind, String id, Optional<Section> section) {

    public static Optional<FieldLocation> parse(String field) {
        if (field == null || !field.contains(":")) {
            return Optional.empty();
        }
        String kind = field.substring(0, field.indexOf(':'));
        String id = field.substring(field.indexOf(':') + 1);
        Optional<Section> section = switch (kind) {
            case "text" -> Optional.of(Section.DESCRIPTION);
            case "logo" -> Optional.of(Section.LOGOS);
            case "document", "link" -> Optional.of(Section.DOCUMENTS);
            case "attestation" -> Optional.empty();
            default -> null;
        };
        return section == null ? Optional.empty() : Optional.of(new FieldLocation(kind, id, section));
    }
}
