package io.offerkit.check;

import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.TextFieldSpec;
import java.util.regex.Pattern;

/**
 * A contact block (support, engineering): every required field filled, each within its length, the e-mail an address
 * and the phone a number. A failure leads to the field itself ("contact:support.email"), so the checklist's link
 * puts the cursor where the fix goes.
 */
final class ContactRule implements Rule {
    /** One @, something either side, a dot in the domain: what a form takes, without pretending to RFC 5322. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    /** Digits with the usual separators and an optional leading +; at least six digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]*(?:[0-9][ ()./-]*){6,}(?:\\s*(?:x|ext\\.?)\\s*[0-9]+)?");

    @Override
    public Verdict apply(CheckContext context, String target) {
        ContactSpec spec = context.profile().contact(target).orElse(null);
        if (spec == null) {
            return Verdict.problem("The profile defines no contact '" + target + "'.");
        }
        boolean any = spec.fields().stream()
                .anyMatch(f -> !context.project().details().contact(target, f.id()).isBlank());
        if (!any && spec.required()) {
            String names = String.join(", ", spec.fields().stream().map(f -> f.label().toLowerCase(java.util.Locale.ROOT)).toList());
            return Verdict.problem(spec.label() + " is missing: give its " + names + ".")
                    .at(FieldKind.CONTACT.field(spec.fields().isEmpty() ? target : target + "." + spec.fields().get(0).id()));
        }
        for (TextFieldSpec field : spec.fields()) {
            String value = context.project().details().contact(target, field.id()).strip();
            String problem = problem(field, value);
            if (problem != null) {
                return Verdict.problem(spec.label() + ": " + problem).at(FieldKind.CONTACT.field(target + "." + field.id()));
            }
        }
        if (!any) {
            return Verdict.ok(spec.label() + " not given (optional).");
        }
        return Verdict.ok(spec.label() + ": " + context.project().details().contact(target, "name").strip() + ".");
    }

    private static String problem(TextFieldSpec field, String value) {
        String label = field.label().toLowerCase(java.util.Locale.ROOT);
        if (value.isEmpty()) {
            return field.required() ? "the " + label + " is missing." : null;
        }
        if (field.maxLength() != null && value.codePointCount(0, value.length()) > field.maxLength()) {
            return "the " + label + " has " + value.codePointCount(0, value.length()) + " characters; at most "
                    + field.maxLength() + ".";
        }
        if (field.id().equals("email") && !EMAIL.matcher(value).matches()) {
            return "\"" + value + "\" is no e-mail address.";
        }
        if (field.id().equals("phone") && !PHONE.matcher(value).matches()) {
            return "\"" + value + "\" is no phone number (digits, spaces, + ( ) - . /).";
        }
        return null;
    }
}
