package io.offerkit.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The listing languages offered in the editor: common BCP 47 tags with their English names. */
public final class ListingLanguages {
    private static final List<String> TAGS = List.of(
            "en", "ar", "cs", "da", "de", "el", "es", "fi", "fr", "he", "hi", "hu", "id", "it", "ja", "ko", "nb", "nl",
            "pl", "pt-BR", "pt-PT", "ro", "ru", "sv", "th", "tr", "uk", "vi", "zh-Hans", "zh-Hant");

    private ListingLanguages() {
    }

    /** One language: its tag as stored in the project and the name shown to the user. */
    public record Language(String tag, String displayName) {
        @Override
        public String toString() {
            return displayName + " (" + tag + ")";
        }
    }

    public static List<Language> common() {
        return TAGS.stream().map(ListingLanguages::of).toList();
    }

    /** A language by tag; a tag outside the common list still gets its name, so a project's own value is kept. */
    public static Language of(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
        return new Language(tag, name.isEmpty() ? tag : name);
    }

    public static Optional<Language> find(String tag) {
        return common().stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst();
    }
}
