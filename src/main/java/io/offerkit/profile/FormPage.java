package io.offerkit.profile;

import java.util.List;

/** One page of a marketplace's web form ("Offer listing"), with its fields in the order the page shows them. */
public record FormPage(String page, List<FormField> fields) {
    public FormPage {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
