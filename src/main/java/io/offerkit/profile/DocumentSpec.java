package io.offerkit.profile;

import java.util.List;

/** A document the offer needs: the terms of use, the privacy policy, supporting PDFs. */
public record DocumentSpec(
        String id,
        String label,
        boolean required,
        List<String> accepts,
        Integer minCount,
        Integer maxCount,
        Integer maxTextLength) {

    public DocumentSpec {
        accepts = accepts == null ? List.of("file", "url", "text") : List.copyOf(accepts);
        label = label == null ? id : label;
    }
}
