package io.offerkit.project.textfolder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A field's value as a file's text and back, so that reading what was written gives the value exactly: one line
 * break is added after a single text (editors add one on save, and one is taken off again), a list is one item a
 * line, each ending in a line break. Windows line breaks read as plain ones.
 */
final class FieldTexts {
    private FieldTexts() {
    }

    static String ofText(String value) {
        return value + "\n";
    }

    static String text(String fileText) {
        String text = fileText.replace("\r\n", "\n");
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** One item a line; null when an item holds a line break (it could not be read back as one item). */
    static String ofList(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (String item : items) {
            if (item.contains("\n") || item.contains("\r")) {
                return null;
            }
            text.append(item).append('\n');
        }
        return text.toString();
    }

    static List<String> list(String fileText) {
        String text = fileText.replace("\r\n", "\n");
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            items.remove(items.size() - 1);
        }
        return List.copyOf(items);
    }
}
