package io.offerkit.project;

import java.util.List;

/** One entry picked from a marketplace list (a category, an industry, a product) with the entries picked under it. */
public record Choice(String name, List<String> children) {
    public Choice {
        name = name == null ? "" : name;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Choice of(String name, String... children) {
        return new Choice(name, List.of(children));
    }
}
