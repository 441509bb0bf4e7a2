package io.offerkit.profile;

import java.util.List;

/**
 * A field whose values come from the marketplace's own list: categories with subcategories, industries with verticals,
 * applicable products. {@code minItems} to {@code maxItems} entries may be picked (a primary and a secondary
 * category), each with at most {@code maxChildren} of its children and at most {@code maxChildrenTotal} children in
 * all; a limit left out is not named by the marketplace. {@code choices} empty: the marketplace names no list here.
 */
public record EnumerationSpec(
        String id,
        String label,
        boolean required,
        Integer minItems,
        Integer maxItems,
        String childLabel,
        Integer maxChildren,
        Integer maxChildrenTotal,
        List<EnumChoice> choices,
        String help) {

    public EnumerationSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an enumeration needs an id");
        }
        label = label == null ? id : label;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
