package io.offerkit.check;

import io.offerkit.profile.FieldKind;
import io.offerkit.profile.FieldRelation;
import io.offerkit.profile.RelationKind;
import io.offerkit.text.HtmlText;
import java.util.Locale;

/**
 * A relation of the profile between two fields (target: the relation's id): the help link differs from the support
 * link, Teams' short description differs from the full one and is not inside it. Links are compared as addresses
 * ({@code Links.normalise}), texts by what a reader sees (tags removed, blanks and case folded).
 */
final class FieldRelationRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        FieldRelation relation = context.profile().relation(target).orElse(null);
        if (relation == null) {
            return Verdict.problem("The profile defines no relation '" + target + "'.");
        }
        String first = value(context, relation.field());
        String second = value(context, relation.other());
        if (first.isEmpty() || second.isEmpty()) {
            return Verdict.ok("Nothing to compare yet.");
        }
        String a = name(relation.field());
        String b = name(relation.other());
        boolean same = first.equals(second);
        return switch (relation.kind()) {
            case SAME -> same ? Verdict.ok("The " + a + " and the " + b + " are the same.")
                    : Verdict.problem("The " + a + " and the " + b + " must be the same; they differ.");
            case DIFFERENT -> same ? Verdict.problem("The " + a + " and the " + b + " are the same; they must differ.")
                    : Verdict.ok("The " + a + " and the " + b + " differ.");
            case NOT_INSIDE -> same ? Verdict.problem("The " + a + " is the same as the " + b + "; write a different one.")
                    : second.contains(first) ? Verdict.problem("The " + a + " appears word for word in the " + b
                    + "; reword one of them.") : Verdict.ok("The " + a + " differs from the " + b + " and is not inside it.");
        };
    }

    /** A field's value as the relation compares it; "" when empty or of a kind that holds no text. */
    private static String value(CheckContext context, String field) {
        FieldKind kind = FieldKind.of(field).orElse(null);
        String id = field.substring(field.indexOf(':') + 1);
        if (kind == FieldKind.LINK) {
            String url = context.project().link(id).strip();
            return url.isEmpty() ? "" : Links.normalise(url);
        }
        if (kind == FieldKind.TEXT) {
            String text = id.equals("description") && context.description() != null
                    ? HtmlText.visibleText(context.description().html()) : HtmlText.visibleText(Fields.text(context.project(), id));
            return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** "link:help" as "help link", "text:summary" as "summary". */
    private static String name(String field) {
        String id = field.substring(field.indexOf(':') + 1);
        return field.startsWith(FieldKind.LINK.prefix()) ? id + " link" : id;
    }

    /** Does this relation stand for the summary-in-description lint (which then needs no finding of its own)? */
    static boolean coversSummaryInDescription(FieldRelation relation) {
        return relation.kind() == RelationKind.NOT_INSIDE && relation.field().equals("text:summary")
                && relation.other().equals("text:description");
    }
}
