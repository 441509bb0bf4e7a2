package io.offerkit.profile;

import java.util.List;

/**
 * A contact the form asks for (support, engineering), as text fields: its {@code fields} ("name", "email", "phone",
 * each with its own limits) and, for the support contact, the {@code link} that is its web address (the profile's
 * "support" link, so a project's support URL is that contact's address).
 */
public record ContactSpec(
        String id,
        String label,
        boolean required,
        boolean shownToCustomers,
        List<TextFieldSpec> fields,
        String link,
        String help) {

    public ContactSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a contact needs an id");
        }
        label = label == null ? id : label;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
