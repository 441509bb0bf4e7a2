package io.offerkit.profile;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A text field of the listing. {@code maxLength} limits characters (counted as {@code countMode} says),
 * {@code maxItems} limits list fields such as search keywords; {@code allowedTags} is non-empty for HTML fields.
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
        String help) {

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
