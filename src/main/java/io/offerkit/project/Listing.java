package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One language's texts of the listing: what a translator translates. The primary language's listing is the
 * project's top-level fields (so a single-language file is what it always was); each further language is one of
 * these in {@link Project#listings()}. The screenshots and videos themselves are shared: a further language falls
 * back to the primary language's set and brings its own captions and video names, by position.
 *
 * @param captions   one per screenshot of the shared set, in its order; left out of the file when none
 * @param videoNames one per video of the shared set, in its order; left out when none
 */
public record Listing(
        String appName,
        String summary,
        Description description,
        List<String> keywords,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> captions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> videoNames) {

    public Listing {
        appName = appName == null ? "" : appName;
        summary = summary == null ? "" : summary;
        description = description == null ? Description.empty() : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        captions = captions == null ? List.of() : List.copyOf(captions);
        videoNames = videoNames == null ? List.of() : List.copyOf(videoNames);
    }

    public static Listing empty() {
        return new Listing("", "", Description.empty(), List.of(), List.of(), List.of());
    }

    /** The caption of the shared set's screenshot at {@code index}, "" where this listing has none yet. */
    public String caption(int index) {
        return index < captions.size() ? captions.get(index) : "";
    }

    /** The name of the shared set's video at {@code index}, "" where this listing has none yet. */
    public String videoName(int index) {
        return index < videoNames.size() ? videoNames.get(index) : "";
    }

    public Listing withAppName(String value) {
        return new Listing(value, summary, description, keywords, captions, videoNames);
    }

    public Listing withSummary(String value) {
        return new Listing(appName, value, description, keywords, captions, videoNames);
    }

    public Listing withDescription(Description value) {
        return new Listing(appName, summary, value, keywords, captions, videoNames);
    }

    public Listing withKeywords(List<String> value) {
        return new Listing(appName, summary, description, value, captions, videoNames);
    }

    public Listing withCaptions(List<String> value) {
        return new Listing(appName, summary, description, keywords, value, videoNames);
    }

    public Listing withVideoNames(List<String> value) {
        return new Listing(appName, summary, description, keywords, captions, value);
    }
}
