package io.offerkit.check;

import io.offerkit.profile.CountMode;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.text.HtmlText;
import io.offerkit.text.RenderedDescription;

/** The description: present, within the limit as the marketplace counts it, and only allowed tags in the source. */
final class HtmlFieldRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        TextFieldSpec spec = context.profile().textField(target).orElse(null);
        RenderedDescription rendered = context.description();
        if (spec == null || rendered == null) {
            return Verdict.problem("The profile defines no HTML field '" + target + "'.");
        }
        if (rendered.html().isBlank()) {
            return spec.required() ? Verdict.problem(spec.label() + " is empty.") : Verdict.ok(spec.label() + " is empty (optional).");
        }
        if (spec.maxLength() != null && rendered.length() > spec.maxLength()) {
            return Verdict.problem(spec.label() + " has " + rendered.length() + " characters"
                    + (spec.countMode() == CountMode.MARKUP ? " counting markup" : "")
                    + "; at most " + spec.maxLength() + ".");
        }
        int words = Words.count(HtmlText.visibleText(rendered.html()));
        if (spec.maxWords() != null && words > spec.maxWords()) {
            return Verdict.problem(spec.label() + " has " + words + " words; at most " + spec.maxWords() + ".");
        }
        if (!rendered.report().isEmpty()) {
            int changes = rendered.report().size();
            return Verdict.advisory(changes + (changes == 1 ? " change" : " changes") + " to fit the allowed tags: "
                    + String.join("; ", rendered.report()) + ". The export uses the cleaned HTML; check it reads well.");
        }
        return Verdict.ok(spec.label() + ": " + rendered.length() + " of " + spec.maxLength() + " characters, allowed tags only.");
    }
}
