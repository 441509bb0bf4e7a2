package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Everything the user has prepared for one offer, as an immutable value: every edit makes a new {@code Project}, so
 * undo is a history of values and checks are a pure function of one. File paths are absolute in memory;
 * {@link ProjectFiles} writes them relative to the project file.
 *
 * @param language   the listing language as a BCP 47 tag ("en", "de")
 * @param documents  by document id of the profile ("terms-of-use", "privacy-policy", "supporting")
 * @param links      by link id of the profile ("help", "support", "privacy")
 * @param media      screenshots and videos; left out of the file when there are none
 * @param details    contacts, picks from the marketplace's lists and further text fields; left out when empty
 * @param handoff    the hand-off's fields the user has ticked as entered in Partner Center, by fill-sheet key;
 *                   sorted, left out when empty, so they survive save and reopen and a diff reads
 * @param listings   the further listing languages' texts by lower-case language tag ({@link LanguageTag}), sorted;
 *                   the primary language's listing is the top-level fields, so a single-language file writes no
 *                   "listings" and reads and saves as before ({@link ProjectListings})
 */
public record Project(
        String profileId,
        String appName,
        String summary,
        Description description,
        List<String> keywords,
        List<String> products,
        String language,
        LogoSettings logo,
        Map<String, List<DocumentRef>> documents,
        Map<String, String> links,
        Map<String, Attestation> attestations,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Media.EmptyFilter.class) Media media,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ListingDetails.EmptyFilter.class) ListingDetails details,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) SortedSet<String> handoff,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Listing> listings) {

    public Project {
        appName = appName == null ? "" : appName;
        summary = summary == null ? "" : summary;
        description = description == null ? Description.empty() : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        products = products == null ? List.of() : List.copyOf(products);
        language = language == null || language.isBlank() ? "en" : language;
        logo = logo == null ? LogoSettings.empty() : logo;
        documents = documents == null ? Map.of() : copyDocuments(documents);
        links = links == null ? Map.of() : Map.copyOf(links);
        attestations = attestations == null ? Map.of() : Map.copyOf(attestations);
        media = media == null ? Media.empty() : media;
        details = details == null ? ListingDetails.empty() : details;
        handoff = handoff == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(handoff));
        listings = ProjectListings.checked(language, listings);
    }

    public static Project empty(String profileId) {
        return new Project(profileId, "", "", Description.empty(), List.of(), List.of(), "en",
                LogoSettings.empty(), Map.of(), Map.of(), Map.of(), Media.empty(), ListingDetails.empty(), null, null);
    }

    private static Map<String, List<DocumentRef>> copyDocuments(Map<String, List<DocumentRef>> documents) {
        Map<String, List<DocumentRef>> copy = new TreeMap<>();
        documents.forEach((id, refs) -> copy.put(id, refs == null ? List.of() : List.copyOf(refs)));
        return Map.copyOf(copy);
    }

    public List<DocumentRef> documents(String documentId) {
        return documents.getOrDefault(documentId, List.of());
    }

    public String link(String linkId) {
        return links.getOrDefault(linkId, "");
    }

    public Project withProfileId(String value) {
        return new Project(value, appName, summary, description, keywords, products, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withAppName(String value) {
        return new Project(profileId, value, summary, description, keywords, products, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withSummary(String value) {
        return new Project(profileId, appName, value, description, keywords, products, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withDescription(Description value) {
        return new Project(profileId, appName, summary, value, keywords, products, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withKeywords(List<String> value) {
        return new Project(profileId, appName, summary, description, value, products, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withProducts(List<String> value) {
        return new Project(profileId, appName, summary, description, keywords, value, language, logo, documents, links, attestations, media, details, handoff, listings);
    }

    /**
     * The same project with another primary language; one that has a further listing becomes the primary listing
     * and the former primary one a further listing (nothing is lost; see {@link ProjectListings#madePrimary}).
     */
    public Project withLanguage(String value) {
        if (value != null && listings.containsKey(value.strip().toLowerCase(java.util.Locale.ROOT))) {
            return ProjectListings.madePrimary(this, value);
        }
        return new Project(profileId, appName, summary, description, keywords, products, value, logo, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withLogo(LogoSettings value) {
        return new Project(profileId, appName, summary, description, keywords, products, language, value, documents, links, attestations, media, details, handoff, listings);
    }

    public Project withDocuments(String documentId, List<DocumentRef> refs) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo,
                with(documents, documentId, refs == null || refs.isEmpty() ? null : refs), links, attestations, media, details, handoff, listings);
    }

    public Project withLink(String linkId, String url) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                with(links, linkId, url == null || url.isBlank() ? null : url), attestations, media, details, handoff, listings);
    }

    public Project withAttestation(String itemId, Attestation value) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                links, with(attestations, itemId, value), media, details, handoff, listings);
    }

    public Project withMedia(Media value) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                links, attestations, value, details, handoff, listings);
    }

    public Project withDetails(ListingDetails value) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                links, attestations, media, value, handoff, listings);
    }

    /** The same project with these further listings (by lower-case language tag; see {@link ProjectListings}). */
    public Project withListings(Map<String, Listing> value) {
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                links, attestations, media, details, handoff, value);
    }

    /** The same project with the hand-off field of this key ticked as entered, or not. */
    public Project withHandoff(String fieldKey, boolean entered) {
        SortedSet<String> copy = new TreeSet<>(handoff);
        if (entered) {
            copy.add(fieldKey);
        } else {
            copy.remove(fieldKey);
        }
        return new Project(profileId, appName, summary, description, keywords, products, language, logo, documents,
                links, attestations, media, details, copy, listings);
    }

    /** The same project with every file path passed through {@code mapping} (to make them relative or absolute). */
    public Project mapPaths(UnaryOperator<String> mapping) {
        UnaryOperator<String> safe = p -> p == null ? null : mapping.apply(p);
        Map<String, SlotSettings> slots = new TreeMap<>();
        logo.slots().forEach((id, s) -> slots.put(id, s.withSource(safe.apply(s.source()))));
        LogoSettings mappedLogo = new LogoSettings(safe.apply(logo.source()), logo.defaults(), slots);
        Map<String, List<DocumentRef>> docs = new TreeMap<>();
        documents.forEach((id, refs) -> docs.put(id, refs.stream()
                .map(r -> new DocumentRef(safe.apply(r.file()), r.url(), r.text())).toList()));
        return new Project(profileId, appName, summary, description, keywords, products, language, mappedLogo, docs,
                links, attestations, media.mapPaths(safe), details, handoff, listings);
    }

    private static <V> Map<String, V> with(Map<String, V> map, String key, V value) {
        Map<String, V> copy = new TreeMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
