package io.offerkit.bundle;

import java.text.Normalizer;
import java.util.Locale;

/** Bundle file names use letters, digits, dashes and underscores only (Business Central readiness checklist). */
public final class FileNames {
    private FileNames() {
    }

    public static String safe(String name, String fallback) {
        // Symbols such as (TM) are dropped first: NFKD would otherwise glue "TM" onto the preceding word.
        String plain = (name == null ? "" : name).replaceAll("\\p{So}", "");
        String ascii = Normalizer.normalize(plain, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String safe = ascii.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return safe.isEmpty() ? fallback : safe.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} as lower-case letters, digits and dashes: accents dropped ("Übersicht" -> "ubersicht"), every other
     * run of characters one dash, none at the ends; {@code fallback} when nothing is left. "My Screen_1" ->
     * "my-screen-1". Used where a file is named after what the user typed (a caption, a capture's name).
     */
    public static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1);
        return ext.matches("[A-Za-z0-9]{1,8}") ? ext.toLowerCase(Locale.ROOT) : "bin";
    }
}
