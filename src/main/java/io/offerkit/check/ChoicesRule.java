package io.offerkit.check;

import io.offerkit.profile.EnumChoice;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.project.Choice;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A field picked from the marketplace's list (categories with subcategories, industries with verticals, applicable
 * products): as many entries as the form takes, each from the list, each with at most as many children as the form
 * takes, every child one of its parent's.
 */
final class ChoicesRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        EnumerationSpec spec = context.profile().enumeration(target).orElse(null);
        if (spec == null) {
            return Verdict.problem("The profile defines no list '" + target + "'.");
        }
        List<Choice> picked = context.project().details().choices(target);
        int min = spec.minItems() != null ? spec.minItems() : spec.required() ? 1 : 0;
        if (picked.size() < min) {
            return Verdict.problem(spec.label() + ": " + (picked.isEmpty() ? "none chosen" : picked.size() + " chosen")
                    + "; at least " + min + ".");
        }
        if (spec.maxItems() != null && picked.size() > spec.maxItems()) {
            return Verdict.problem(spec.label() + ": " + picked.size() + " chosen; at most " + spec.maxItems() + ".");
        }
        Set<String> seen = new HashSet<>();
        int children = 0;
        for (Choice choice : picked) {
            if (!seen.add(choice.name())) {
                return Verdict.problem(spec.label() + ": \"" + choice.name() + "\" is chosen twice.");
            }
            Optional<EnumChoice> known = spec.choices().stream().filter(c -> c.name().equals(choice.name())).findFirst();
            if (!spec.choices().isEmpty() && known.isEmpty()) {
                return Verdict.problem(spec.label() + ": \"" + choice.name() + "\" is not in the marketplace's list.");
            }
            String childLabel = spec.childLabel() == null ? "entries" : spec.childLabel().toLowerCase(java.util.Locale.ROOT);
            if (spec.maxChildren() != null && choice.children().size() > spec.maxChildren()) {
                return Verdict.problem(spec.label() + ": \"" + choice.name() + "\" has " + choice.children().size()
                        + " " + childLabel + "; at most " + spec.maxChildren() + ".");
            }
            for (String child : choice.children()) {
                if (known.isPresent() && !known.get().children().contains(child)) {
                    return Verdict.problem(spec.label() + ": \"" + child + "\" is none of the " + childLabel + " of \""
                            + choice.name() + "\".");
                }
            }
            children += choice.children().size();
        }
        if (spec.maxChildrenTotal() != null && children > spec.maxChildrenTotal()) {
            return Verdict.problem(spec.label() + ": " + children + " " + spec.childLabel() + " in all; at most "
                    + spec.maxChildrenTotal() + ".");
        }
        return picked.isEmpty() ? Verdict.ok(spec.label() + ": none chosen (optional).")
                : Verdict.ok(spec.label() + ": " + String.join(", ", picked.stream().map(Choice::name).toList()) + ".");
    }
}
