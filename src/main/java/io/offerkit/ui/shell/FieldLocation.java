package io.offerkit.ui.shell;

import java.util.Optional;

/**
 * Where a checklist item's {@code field} ("text:summary", "logo:small-40x40", "document:terms-of-use",
 * "link:help", "attestation:aad-sso") is fixed: the section to show (none for attestations, which live in the
 * checklist panel itself), the id within it, and for a text finding the place in the text ("text:description@57":
 * {@code offset} 57; -1 when none is given).
 */
public record FieldLocation(String kind, String id, Optional<Section> section, int offset) {

    public FieldLocation(String kind, String id, Optional<Section> section) {
        this(kind, id, section, -1);
    }

    public static Optional<FieldLocation> parse(String field) {
        if (field == null || !field.contains(":")) {
            return Optional.empty();
        }
        String kind = field.substring(0, field.indexOf(':'));
        String id = field.substring(field.indexOf(':') + 1);
        int offset = -1;
        int at = id.lastIndexOf('@');
        if (kind.equals("text") && at >= 0 && id.substring(at + 1).matches("\\d{1,9}")) {
            offset = Integer.parseInt(id.substring(at + 1));
            id = id.substring(0, at);
        }
        Optional<Section> section = switch (kind) {
            case "text" -> Optional.of(Section.DESCRIPTION);
            case "logo" -> Optional.of(Section.LOGOS);
            case "document", "link" -> Optional.of(Section.DOCUMENTS);
            case "attestation" -> Optional.empty();
            default -> null;
        };
        return section == null ? Optional.empty() : Optional.of(new FieldLocation(kind, id, section, offset));
    }
}
