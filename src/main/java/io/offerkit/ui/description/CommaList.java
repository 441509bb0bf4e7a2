package io.offerkit.ui.description;

import java.util.Arrays;
import java.util.List;

/** Keywords and products are edited as one comma-separated line. */
final class CommaList {
    private CommaList() {
    }

    static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String format(List<String> items) {
        return String.join(", ", items);
    }
}
