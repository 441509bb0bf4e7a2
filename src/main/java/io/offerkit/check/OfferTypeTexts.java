package io.offerkit.check;

import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Project;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.HtmlText;
import io.offerkit.text.RenderedDescription;
import java.util.ArrayList;
import java.util.List;

/** The text side of an {@link OfferTypeChange}: the empty fields the new form asks for, the text over its limits. */
final class OfferTypeTexts {
    private OfferTypeTexts() {
    }

    /** Required text fields, documents and links of {@code to} that {@code from} did not have and that are empty. */
    static List<OfferTypeChange.NewField> newFields(Project project, Profile from, Profile to) {
        List<OfferTypeChange.NewField> fields = new ArrayList<>();
        for (TextFieldSpec spec : to.textFields()) {
            List<String> items = Fields.items(project, spec.id());
            boolean empty = items != null ? items.isEmpty() : Fields.text(project, spec.id()).isBlank();
            if (spec.required() && from.textField(spec.id()).isEmpty() && empty) {
                fields.add(new OfferTypeChange.NewField(FieldKind.TEXT.field(spec.id()), spec.label()));
            }
        }
        for (DocumentSpec spec : to.documents()) {
            if (spec.required() && from.document(spec.id()).isEmpty() && project.documents(spec.id()).isEmpty()) {
                fields.add(new OfferTypeChange.NewField(FieldKind.DOCUMENT.field(spec.id()), spec.label()));
            }
        }
        for (LinkSpec spec : to.links()) {
            if (spec.required() && from.link(spec.id()).isEmpty() && project.link(spec.id()).isBlank()) {
                fields.add(new OfferTypeChange.NewField(FieldKind.LINK.field(spec.id()), spec.label()));
            }
        }
        return fields;
    }

    /** Each limit of {@code to} the project's text passes, counted as {@link TextFieldRule} and {@link HtmlFieldRule} do. */
    static List<OfferTypeChange.TextOverLimit> overLimits(Project project, Profile to) {
        List<OfferTypeChange.TextOverLimit> over = new ArrayList<>();
        for (TextFieldSpec spec : to.textFields()) {
            List<String> items = Fields.items(project, spec.id());
            if (items != null) {
                add(over, spec, OfferTypeChange.Unit.ITEMS, items.size(), spec.maxItems());
                continue;
            }
            String visible;
            int length;
            if (spec.id().equals("description") && spec.isHtml()) {
                RenderedDescription rendered = DescriptionRenderer.render(project.description(), spec);
                length = rendered.length();
                visible = HtmlText.visibleText(rendered.html());
            } else {
                visible = Fields.text(project, spec.id()).strip();
                length = visible.codePointCount(0, visible.length());
            }
            add(over, spec, OfferTypeChange.Unit.CHARACTERS, length, spec.maxLength());
            add(over, spec, OfferTypeChange.Unit.WORDS, Words.count(visible), spec.maxWords());
        }
        return over;
    }

    private static void add(List<OfferTypeChange.TextOverLimit> over, TextFieldSpec spec, OfferTypeChange.Unit unit,
                            int length, Integer limit) {
        if (limit != null && length > limit) {
            over.add(new OfferTypeChange.TextOverLimit(FieldKind.TEXT.field(spec.id()), spec.label(), unit, length, limit));
        }
    }
}
