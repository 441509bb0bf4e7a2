package io.offerkit.check;

import io.offerkit.project.Project;
import java.util.List;

/** Reads a project's text fields by the ids the profiles use. */
final class Fields {
    private Fields() {
    }

    static String text(Project project, String fieldId) {
        return switch (fieldId) {
            case "appName" -> project.appName();
            case "summary" -> project.summary();
            case "description" -> project.description().source();
            default -> project.details().text(fieldId);
        };
    }

    /** The items of a list field, or null when the field is not a list. */
    static List<String> items(Project project, String fieldId) {
        return switch (fieldId) {
            case "keywords" -> project.keywords().stream().filter(s -> !s.isBlank()).toList();
            case "products" -> project.products().stream().filter(s -> !s.isBlank()).toList();
            default -> null;
        };
    }
}
