package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rest of what today's forms ask for beyond name, texts, logos and media: further text fields by the profile's
 * field id ("appVersion", "gettingStarted", "shortDescription", "developerName"), contacts by the profile's contact id
 * ("support": {"name", "email", "phone"}) and the picks from the marketplace's lists by enumeration id
 * ("categories": a primary and a secondary category with their subcategories).
 *
 * <p>Kept whatever the project's profile: an offer type that does not ask for a field hides it, and changing back
 * finds it again. Sorted maps, each part left out of the file when empty, so a project without details saves as
 * before and a diff reads.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListingDetails(
        Map<String, String> texts,
        Map<String, Map<String, String>> contacts,
        Map<String, List<Choice>> choices) {

    /** The text fields {@link Project} holds itself; every other text field of a profile is one of {@link #texts}. */
    private static final Set<String> PROJECT_TEXTS = Set.of("appName", "summary", "description", "keywords", "products");

    public ListingDetails {
        texts = sortedWithout(texts, String::isEmpty);
        Map<String, Map<String, String>> contactCopy = new TreeMap<>();
        if (contacts != null) {
            contacts.forEach((id, fields) -> {
                Map<String, String> kept = sortedWithout(fields, String::isEmpty);
                if (!kept.isEmpty()) {
                    contactCopy.put(id, kept);
                }
            });
        }
        contacts = java.util.Collections.unmodifiableMap(contactCopy);
        Map<String, List<Choice>> choiceCopy = new TreeMap<>();
        if (choices != null) {
            choices.forEach((id, picked) -> {
                if (picked != null && !picked.isEmpty()) {
                    choiceCopy.put(id, List.copyOf(picked));
                }
            });
        }
        choices = java.util.Collections.unmodifiableMap(choiceCopy);
    }

    public static ListingDetails empty() {
        return new ListingDetails(Map.of(), Map.of(), Map.of());
    }

    /** Whether a profile's text field of this id is kept here rather than in the project's own fields. */
    public static boolean holdsText(String fieldId) {
        return !PROJECT_TEXTS.contains(fieldId);
    }

    public String text(String fieldId) {
        return texts.getOrDefault(fieldId, "");
    }

    public String contact(String contactId, String fieldId) {
        return contacts.getOrDefault(contactId, Map.of()).getOrDefault(fieldId, "");
    }

    public List<Choice> choices(String enumerationId) {
        return choices.getOrDefault(enumerationId, List.of());
    }

    public ListingDetails withText(String fieldId, String value) {
        Map<String, String> copy = new TreeMap<>(texts);
        copy.put(fieldId, value == null ? "" : value);
        return new ListingDetails(copy, contacts, choices);
    }

    public ListingDetails withContact(String contactId, String fieldId, String value) {
        Map<String, Map<String, String>> copy = new TreeMap<>(contacts);
        Map<String, String> fields = new TreeMap<>(copy.getOrDefault(contactId, Map.of()));
        fields.put(fieldId, value == null ? "" : value);
        copy.put(contactId, fields);
        return new ListingDetails(texts, copy, choices);
    }

    public ListingDetails withChoices(String enumerationId, List<Choice> picked) {
        Map<String, List<Choice>> copy = new TreeMap<>(choices);
        copy.put(enumerationId, picked == null ? List.of() : picked);
        return new ListingDetails(texts, contacts, copy);
    }

    /** Only the text fields, contacts and lists named: what one offer type asks for, for its bundle. */
    public ListingDetails only(Set<String> textIds, Set<String> contactIds, Set<String> listIds) {
        Map<String, String> t = new TreeMap<>(texts);
        t.keySet().retainAll(textIds);
        Map<String, Map<String, String>> c = new TreeMap<>(contacts);
        c.keySet().retainAll(contactIds);
        Map<String, List<Choice>> l = new TreeMap<>(choices);
        l.keySet().retainAll(listIds);
        return new ListingDetails(t, c, l);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return texts.isEmpty() && contacts.isEmpty() && choices.isEmpty();
    }

    private static Map<String, String> sortedWithout(Map<String, String> map, java.util.function.Predicate<String> drop) {
        Map<String, String> copy = new TreeMap<>();
        if (map != null) {
            map.forEach((k, v) -> {
                if (v != null && !drop.test(v)) {
                    copy.put(k, v);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Jackson's test for "leave it out": a project with no details writes no "details" key. */
    static final class EmptyFilter {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof ListingDetails details && details.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
