package io.offerkit.document;

import io.offerkit.common.ByteSizes;
import java.util.List;

/**
 * What OfferKit found in an attached document: its real type, size, pages (PDF), whether it is encrypted, and the
 * problems that would get it refused.
 */
public record DocumentFacts(DocumentType type, long bytes, Integer pages, boolean encrypted, List<String> problems) {
    public DocumentFacts {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String summary() {
        StringBuilder sb = new StringBuilder(type.label()).append(", ").append(ByteSizes.text(bytes));
        if (pages != null) {
            sb.append(", ").append(pages).append(pages == 1 ? " page" : " pages");
        }
        if (encrypted) {
            sb.append(", encrypted");
        }
        return sb.toString();
    }
}
