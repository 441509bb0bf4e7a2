package io.offerkit.ui.shell;

import io.offerkit.profile.FieldKind;
import java.util.Optional;

/**
 * Where a checklist item's {@code field} ("text:summary", "logo:small-40x40", "document:terms-of-use",
 * "link:help", "attestation:aad-sso") is fixed: the section to show (none for attestations, which live in the
 * checklist panel itself), the id within it, and for a text finding the place in the text ("text:description@57":
 * {@code offset} 57; -1 when none is given).
 */
public record FieldLocation(FieldKind kind, String id, Optional<Section> section, int offset) {

    public FieldLocation(FieldKind kind, String id, Optional<Section> section) {
        this(kind, id, section, -1);
    }

    public static Optional<FieldLocation> parse(String field) {
        FieldKind kind = FieldKind.of(field).orElse(null);
        if (kind == null) {
            return Optional.empty();
        }
        String id = field.substring(kind.prefix().length());
        int offset = -1;
        int at = id.lastIndexOf('@');
        if (kind == FieldKind.TEXT && at >= 0 && id.substring(at + 1).matches("\\d{1,9}")) {
            offset = Integer.parseInt(id.substring(at + 1));
            id = id.substring(0, at);
        }
        return Optional.of(new FieldLocation(kind, id, Section.fixing(kind, id), offset));
    }
}
