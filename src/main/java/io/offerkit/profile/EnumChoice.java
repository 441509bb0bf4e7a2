package io.offerkit.profile;

import java.util.List;

/** One entry of a fixed list (a category, an industry, a product) with the entries under it (subcategories, verticals). */
public record EnumChoice(String name, List<String> children) {
    public EnumChoice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a choice needs a name");
        }
        children = children == null ? List.of() : List.copyOf(children);
    }
}
