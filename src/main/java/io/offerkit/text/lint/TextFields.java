package io.offerkit.text.lint;

import io.offerkit.project.Project;
import java.util.LinkedHashMap;
import java.util.Map;

/** The free-text fields of a project by id, in the order the user sees them. */
final class TextFields {
    private TextFields() {
    }

    static Map<String, String> of(Project project) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appName", project.appName());
        fields.put("summary", project.summary());
        fields.put("description", project.description().source());
        fields.put("keywords", String.join(", ", project.keywords()));
        return fields;
    }
}
