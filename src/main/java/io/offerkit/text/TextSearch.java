package io.offerkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds every occurrence of a literal query in a text, ignoring case, for the editor's find bar. */
public final class TextSearch {
    private TextSearch() {
    }

    /** Non-overlapping matches, in order; none for an empty query. */
    public static List<StyledRange> find(String text, String query) {
        List<StyledRange> matches = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return matches;
        }
        // Folding both to one case keeps indices aligned for the scripts a listing uses; a fold that changes the
        // length (German ß upper-cased) would shift them, so that rare case falls back to an exact search.
        String haystack = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        if (haystack.length() != text.length() || needle.length() != query.length()) {
            haystack = text;
            needle = query;
        }
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            matches.add(new StyledRange(at, at + needle.length(), "search-match"));
        }
        return matches;
    }
}
