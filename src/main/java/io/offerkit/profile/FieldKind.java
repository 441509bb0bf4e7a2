package io.offerkit.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a checklist item is fixed, the first part of its {@code field}: "text:summary", "logo:small-40x40" ("logo:"
 * for the logo source itself), "document:terms-of-use", "link:help", "attestation:aad-sso", "media:screenshot-02" (one
 * screenshot or video, as {@code MediaGroup.slot} names it; "media:screenshots" for a media group as a whole),
 * "contact:support" ("contact:support.email" for one of its fields), "choice:categories" (a fixed-list field).
 */
public enum FieldKind {
    TEXT, LOGO, DOCUMENT, LINK, ATTESTATION, MEDIA, CONTACT, CHOICE;

    private final String prefix = name().toLowerCase(Locale.ROOT) + ":";

    /** "text:" for TEXT: how a field of this kind starts. */
    public String prefix() {
        return prefix;
    }

    /** The field of this kind for an id: "text:summary". */
    public String field(String id) {
        return prefix + id;
    }

    /** The kind a field starts with, if any. */
    public static Optional<FieldKind> of(String field) {
        if (field != null) {
            for (FieldKind kind : values()) {
                if (field.startsWith(kind.prefix)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** "text:, logo:, document:, link:, attestation:, media:, contact: or choice:", for the message about a field that starts otherwise. */
    static String choices() {
        String all = Arrays.stream(values()).map(FieldKind::prefix).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
