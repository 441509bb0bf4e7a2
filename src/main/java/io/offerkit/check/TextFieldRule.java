package io.offerkit.check;

import io.offerkit.profile.TextFieldSpec;
import java.util.List;

/**
 * A plain-text or list field: present when required, within its character and word limits (and on one line where
 * the profile says so), its count and per-item limits.
 */
final class TextFieldRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        TextFieldSpec spec = context.profile().textField(target).orElse(null);
        if (spec == null) {
            return Verdict.problem("The profile defines no field '" + target + "'.");
        }
        List<String> items = Fields.items(context.project(), target);
        if (items != null) {
            return list(spec, items);
        }
        String value = Fields.text(context.project(), target).strip();
        if (value.isEmpty()) {
            return spec.required() ? Verdict.problem(spec.label() + " is empty.") : Verdict.ok(spec.label() + " is empty (optional).");
        }
        int length = value.codePointCount(0, value.length());
        if (spec.maxLength() != null && length > spec.maxLength()) {
            return Verdict.problem(spec.label() + " has " + length + " characters; at most " + spec.maxLength() + ".");
        }
        if (value.matches("(?s).*<[a-zA-Z/][^>]*>.*")) {
            return Verdict.problem(spec.label() + " must be plain text; it contains HTML tags.");
        }
        if (spec.singleLine() && value.matches("(?s).*[\\r\\n\\u2028\\u2029].*")) {
            return Verdict.problem(spec.label() + " must be one line; it has a line break.");
        }
        int words = Words.count(value);
        if (spec.maxWords() != null && words > spec.maxWords()) {
            return Verdict.problem(spec.label() + " has " + words + " words; at most " + spec.maxWords() + ".");
        }
        return Verdict.ok(spec.label() + ": " + length + (spec.maxLength() != null ? " of " + spec.maxLength() : "") + " characters.");
    }

    private static Verdict list(TextFieldSpec spec, List<String> items) {
        if (items.isEmpty() && spec.required()) {
            return Verdict.problem(spec.label() + ": none given.");
        }
        if (spec.maxItems() != null && items.size() > spec.maxItems()) {
            return Verdict.problem(spec.label() + ": " + items.size() + " given; at most " + spec.maxItems() + ".");
        }
        if (spec.maxItemLength() != null) {
            for (String item : items) {
                if (item.length() > spec.maxItemLength()) {
                    return Verdict.problem(spec.label() + ": \"" + item + "\" is longer than " + spec.maxItemLength() + " characters.");
                }
            }
        }
        return Verdict.ok(spec.label() + ": " + items.size() + (spec.maxItems() != null ? " of at most " + spec.maxItems() : "") + ".");
    }
}
