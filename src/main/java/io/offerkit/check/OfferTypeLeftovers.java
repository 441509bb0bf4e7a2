package io.offerkit.check;

import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.LinkSpec;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * What the project holds for the old offer type that the new one does not use: the project keeps all of it (a
 * change back brings it back), the new offer's sections, checks and export leave it out.
 */
final class OfferTypeLeftovers {
    private OfferTypeLeftovers() {
    }

    static List<OfferTypeChange.Unused> of(Project project, Profile from, Profile to) {
        List<OfferTypeChange.Unused> unused = new ArrayList<>();
        for (TextFieldSpec spec : from.textFields()) {
            if (to.textField(spec.id()).isEmpty()) {
                List<String> items = Fields.items(project, spec.id());
                String text = Fields.text(project, spec.id()).strip();
                if (items != null ? !items.isEmpty() : !text.isEmpty()) {
                    add(unused, FieldKind.TEXT.field(spec.id()), spec.label(),
                            items != null ? count(items.size(), "item") : count(text.codePointCount(0, text.length()), "character"));
                }
            }
        }
        for (DocumentSpec spec : from.documents()) {
            int refs = project.documents(spec.id()).size();
            if (to.document(spec.id()).isEmpty() && refs > 0) {
                add(unused, FieldKind.DOCUMENT.field(spec.id()), spec.label(), count(refs, "file"));
            }
        }
        for (LinkSpec spec : from.links()) {
            if (to.link(spec.id()).isEmpty() && !project.link(spec.id()).isBlank()) {
                add(unused, FieldKind.LINK.field(spec.id()), spec.label(), project.link(spec.id()));
            }
        }
        for (ContactSpec spec : from.contacts()) {
            boolean filled = spec.fields().stream().anyMatch(f -> !project.details().contact(spec.id(), f.id()).isBlank());
            if (to.contact(spec.id()).isEmpty() && filled) {
                add(unused, FieldKind.CONTACT.field(spec.id()), spec.label(), "its details");
            }
        }
        for (EnumerationSpec spec : from.enumerations()) {
            int picked = project.details().choices(spec.id()).size();
            if (to.enumeration(spec.id()).isEmpty() && picked > 0) {
                add(unused, FieldKind.CHOICE.field(spec.id()), spec.label(), count(picked, "choice"));
            }
        }
        for (ImageSlot slot : from.imageSlots()) {
            if (to.slot(slot.id()).isEmpty() && project.logo().hasOwnSettings(slot.id())) {
                add(unused, FieldKind.LOGO.field(slot.id()), slot.label(), "its own settings");
            }
        }
        for (MediaGroup group : from.media()) {
            int items = MediaItems.of(group, project).size();
            if (to.mediaGroup(group.kind()).isEmpty() && items > 0) {
                add(unused, FieldKind.MEDIA.field(group.id()), group.label(),
                        count(items, group.kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        List<String> languagesBefore = ListingChecks.furtherInUse(from, project);
        List<String> languagesAfter = ListingChecks.furtherInUse(to, project);
        if (languagesAfter.size() < languagesBefore.size()) {
            add(unused, FieldKind.TEXT.field("language"), "Further listing languages",
                    String.join(", ", languagesBefore.subList(languagesAfter.size(), languagesBefore.size())));
        }
        long confirmed = from.checklist().stream()
                .filter(item -> item.kind() == CheckKind.ATTESTED && project.attestations().containsKey(item.id()))
                .filter(item -> to.checklist().stream().noneMatch(other -> other.id().equals(item.id())))
                .count();
        if (confirmed > 0) {
            add(unused, FieldKind.ATTESTATION.field(""), "Business confirmations", count((int) confirmed, "confirmed item"));
        }
        return unused;
    }

    private static void add(List<OfferTypeChange.Unused> unused, String field, String label, String kept) {
        unused.add(new OfferTypeChange.Unused(field, label, kept));
    }

    /** "1 file", "3 items". */
    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

}
