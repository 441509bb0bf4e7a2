package io.offerkit.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A text field of the listing. {@code maxLength} limits characters (counted as {@code countMode} says),
 * {@code maxItems} limits list fields such as search keywords; {@code allowedTags} is non-empty for HTML fields.
 *
 * @param maxWords   the most words the field may have (Teams' full description: 500), or null
 * @param singleLine no line breaks (SaaS: the summary is "a single sentence with no line breaks")
 * @param plainText  no markup at all (Azure apps' short description: "plain text")
 */
public record TextFieldSpec(
        String id,
        String label,
        boolean required,
        Integer maxLength,
        Integer maxItems,
        Integer maxItemLength,
        CountMode countMode,
        List<String> allowedTags,
        String help,
        Integer maxWords,
        boolean singleLine,
        boolean plainText) {

    /** A field with a character limit only, as profiles before word limits were written. */
    public TextFieldSpec(String id, String label, boolean required, Integer maxLength, Integer maxItems,
                         Integer maxItemLength, CountMode countMode, List<String> allowedTags, String help) {
        this(id, label, required, maxLength, maxItems, maxItemLength, countMode, allowedTags, help, null, false, false);
    }

    public TextFieldSpec {
        countMode = countMode == null ? CountMode.TEXT : countMode;
        allowedTags = allowedTags == null ? List.of() : List.copyOf(allowedTags);
        label = label == null ? id : label;
    }

    @JsonIgnore
    public boolean isHtml() {
        return !allowedTags.isEmpty();
    }
}
