package io.offerkit.ui.description;

import io.offerkit.project.Listing;
import io.offerkit.project.Project;
import java.util.Map;

/**
 * The texts of another listing language shown under the fields while translating: after switching to German, the
 * English the translation starts from. The first further listing by tag is the source; a project with one language
 * has none.
 *
 * @param language the source listing's tag ("en")
 */
public record SourceTexts(String language, String appName, String summary, String keywords) {
    static SourceTexts of(Project project) {
        if (project.listings().isEmpty()) {
            return null;
        }
        Map.Entry<String, Listing> first = project.listings().entrySet().iterator().next();
        Listing listing = first.getValue();
        return new SourceTexts(first.getKey(), listing.appName(), listing.summary(), String.join(", ", listing.keywords()));
    }
}
