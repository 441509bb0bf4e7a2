package io.offerkit.project;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A listing language as a BCP 47 tag in lower case ("en-us", "de-de", "zh-hans"): the key of a project's listings
 * and the name of a translator's folder. Lower case so a tag has one spelling in a file, a folder and a diff; the
 * language must be an ISO 639 code and a two-letter region an ISO 3166 one, so a typo ("ge-de") is refused where it
 * comes in rather than reaching a marketplace form.
 */
public record LanguageTag(String value) implements Comparable<LanguageTag> {
    private static final Pattern SHAPE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(Locale.getISOLanguages()));
    private static final Set<String> REGIONS = Arrays.stream(Locale.getISOCountries())
            .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    public LanguageTag {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A tag as typed or stored in any case ("de-DE", "pt-BR"), in its lower-case form; refused when not a language. */
    public static LanguageTag of(String tag) {
        return new LanguageTag(tag == null ? null : tag.strip().toLowerCase(Locale.ROOT));
    }

    /** Is {@code text} a tag exactly as a folder or file key must spell it (lower case)? */
    public static boolean isTag(String text) {
        return problem(text) == null;
    }

    /** Why {@code tag} is no lower-case language tag, or null when it is one. */
    static String problem(String tag) {
        String shown = "\"" + tag + "\"";
        if (tag == null || !SHAPE.matcher(tag).matches()) {
            return shown + " is not a language tag in lower case (such as en-us or de-de)";
        }
        String[] parts = tag.split("-");
        if (parts[0].length() == 2 && !LANGUAGES.contains(parts[0])) {
            return shown + " is not a language tag: \"" + parts[0] + "\" is no ISO 639 language";
        }
        if (parts.length > 1 && parts[1].length() == 2 && !REGIONS.contains(parts[1])) {
            return shown + " is not a language tag: \"" + parts[1] + "\" is no ISO 3166 region";
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            return shown + " is not a well-formed language tag";
        }
        return null;
    }

    /** The language's English name, with its region: "German (Germany)". */
    public String displayName() {
        String name = Locale.forLanguageTag(value).getDisplayName(Locale.ENGLISH);
        return name.isEmpty() ? value : name;
    }

    @Override
    public int compareTo(LanguageTag other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
