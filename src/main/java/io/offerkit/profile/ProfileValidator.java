package io.offerkit.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a profile must hold together, beyond what each record checks of itself: slots write a format they accept,
 * limits are positive, relations and contacts name fields and links the profile has, the fixed lists are coherent,
 * and a checklist item's target is the kind of thing its rule judges. A mistake is named with its JSON path
 * ("relations[0] (r).other") so the user finds it in the file.
 */
final class ProfileValidator {
    /** What kind of target each known rule judges; rules not listed here (lints, user rules) are not checked. */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("text-field", "text field"), Map.entry("list-field", "text field"), Map.entry("html-field", "text field"),
            Map.entry("logo-slot", "image slot"), Map.entry("slot-pixels", "image slot"),
            Map.entry("media-count", "media group"), Map.entry("media-captions", "media group"),
            Map.entry("media-size", "media group"), Map.entry("video-address", "media group"),
            Map.entry("video-thumbnail", "media group"), Map.entry("document", "document"), Map.entry("link", "link"),
            Map.entry("field-relation", "relation"), Map.entry("contact", "contact"),
            Map.entry("choices", "enumeration"));
    private static final List<String> CONTACT_FIELDS = List.of("name", "email", "phone", "address");
    private final Profile p;
    private final String origin;

    private ProfileValidator(Profile profile, String origin) {
        this.p = profile;
        this.origin = origin;
    }

    static void validate(Profile profile, String origin) throws ProfileException {
        new ProfileValidator(profile, origin).all();
    }

    private void all() throws ProfileException {
        for (int i = 0; i < p.imageSlots().size(); i++) {
            ImageSlot slot = p.imageSlots().get(i);
            String at = "imageSlots[" + i + "] (" + slot.id() + ")";
            require(slot.formats().contains(slot.format()), at, "image slot " + slot.id() + " writes " + slot.format()
                    + ", which is not among its formats " + String.join(", ", slot.formats()));
            require(slot.pixelRule() == null || slot.format().equals("png"), at + ".pixelRule",
                    "a pixel rule needs transparency, so the slot must write png");
        }
        for (int i = 0; i < p.textFields().size(); i++) {
            limits(p.textFields().get(i), "textFields[" + i + "] (" + p.textFields().get(i).id() + ")");
        }
        for (int i = 0; i < p.relations().size(); i++) {
            FieldRelation r = p.relations().get(i);
            String at = "relations[" + i + "] (" + r.id() + ")";
            require(defined(r.field()), at + ".field", "names " + r.field() + ", which the profile does not define");
            require(defined(r.other()), at + ".other", "names " + r.other() + ", which the profile does not define");
        }
        for (int i = 0; i < p.enumerations().size(); i++) {
            enumeration(p.enumerations().get(i), "enumerations[" + i + "] (" + p.enumerations().get(i).id() + ")");
        }
        for (int i = 0; i < p.contacts().size(); i++) {
            ContactSpec c = p.contacts().get(i);
            String at = "contacts[" + i + "] (" + c.id() + ")";
            require(c.link() == null || p.link(c.link()).isPresent(), at + ".link",
                    "names the link '" + c.link() + "', which the profile does not define");
            for (int f = 0; f < c.fields().size(); f++) {
                TextFieldSpec field = c.fields().get(f);
                require(CONTACT_FIELDS.contains(field.id()), at + ".fields[" + f + "]",
                        "'" + field.id() + "' is not one of " + String.join(", ", CONTACT_FIELDS));
                limits(field, at + ".fields[" + f + "]");
            }
        }
        for (int i = 0; i < p.checklist().size(); i++) {
            target(p.checklist().get(i), "checklist[" + i + "] (" + p.checklist().get(i).id() + ")");
        }
        for (int i = 0; i < p.form().size(); i++) {
            formPage(p.form().get(i), "form[" + i + "]");
        }
        unique("mediaGroups", p.media().stream().map(MediaGroup::id).toList());
        unique("documents", p.documents().stream().map(DocumentSpec::id).toList());
        unique("links", p.links().stream().map(LinkSpec::id).toList());
        unique("enumerations", p.enumerations().stream().map(EnumerationSpec::id).toList());
        unique("contacts", p.contacts().stream().map(ContactSpec::id).toList());
        unique("relations", p.relations().stream().map(FieldRelation::id).toList());
    }

    private void formPage(FormPage page, String at) throws ProfileException {
        require(page.page() != null && !page.page().isBlank(), at + ".page", "a form page needs a page name");
        for (int f = 0; f < page.fields().size(); f++) {
            FormField field = page.fields().get(f);
            String fieldAt = at + ".fields[" + f + "]";
            require(field.label() != null && !field.label().isBlank(), fieldAt, "a form field needs a label");
            fieldAt += " (" + field.label() + ")";
            long mapped = java.util.stream.Stream.of(field.value(), field.files(), field.reminder(), field.pending())
                    .filter(m -> m != null && !m.isBlank()).count();
            require(mapped == 1, fieldAt, "a form field takes exactly one of value, files, reminder or pending");
            require(field.value() == null || holds(field.value(), false), fieldAt + ".value",
                    "'" + field.value() + "' names nothing the project holds as a value");
            require(field.files() == null || holds(field.files(), true), fieldAt + ".files",
                    "'" + field.files() + "' names nothing the project holds as files");
            require(field.pending() == null || field.pending().matches("[a-z]+:[A-Za-z0-9-]+"), fieldAt + ".pending",
                    "'" + field.pending() + "' is not kind:name (\"contact:support\", \"text:appVersion\")");
        }
    }

    /**
     * Whether a form's key names something this profile defines and a project holds: a value is a text field, a link,
     * a document (its address or text), a contact or a list's picks; files are a logo slot, a media group or a
     * document's files.
     */
    private boolean holds(String key, boolean files) {
        String id = key.substring(key.indexOf(':') + 1);
        return FieldKind.of(key).map(kind -> switch (kind) {
            case TEXT -> !files && p.textField(id).isPresent();
            case LINK -> !files && p.link(id).isPresent();
            case DOCUMENT -> p.document(id).isPresent();
            case LOGO -> files && p.slot(id).isPresent();
            case MEDIA -> files && p.media().stream().anyMatch(m -> m.id().equals(id));
            case CONTACT -> !files && p.contact(id).isPresent();
            case CHOICE -> !files && p.enumeration(id).isPresent();
            default -> false;
        }).orElse(false);
    }

    private void limits(TextFieldSpec t, String at) throws ProfileException {
        positive(t.maxLength(), at + ".maxLength");
        positive(t.maxWords(), at + ".maxWords");
        positive(t.maxItems(), at + ".maxItems");
        positive(t.maxItemLength(), at + ".maxItemLength");
        require(!(t.plainText() && t.isHtml()), at, "a plain-text field cannot allow HTML tags");
    }

    private void enumeration(EnumerationSpec e, String at) throws ProfileException {
        positive(e.maxItems(), at + ".maxItems");
        positive(e.maxChildren(), at + ".maxChildren");
        positive(e.maxChildrenTotal(), at + ".maxChildrenTotal");
        require(e.minItems() == null || e.minItems() >= 0 && (e.maxItems() == null || e.minItems() <= e.maxItems()),
                at + ".minItems", "must be between 0 and maxItems");
        require(e.maxChildrenTotal() == null || e.maxItems() == null || e.maxChildren() == null
                || e.maxChildrenTotal() <= e.maxItems() * e.maxChildren(), at + ".maxChildrenTotal",
                "must be at most maxItems x maxChildren (" + (e.maxItems() == null || e.maxChildren() == null ? 0
                        : e.maxItems() * e.maxChildren()) + ")");
        Set<String> names = new HashSet<>();
        for (int c = 0; c < e.choices().size(); c++) {
            EnumChoice choice = e.choices().get(c);
            require(names.add(choice.name()), at + ".choices[" + c + "]", "'" + choice.name() + "' appears twice");
            require(new HashSet<>(choice.children()).size() == choice.children().size(), at + ".choices[" + c + "].children",
                    "a child of '" + choice.name() + "' appears twice");
        }
    }

    private void target(ChecklistItem item, String at) throws ProfileException {
        String kind = item.rule() == null ? null : TARGETS.get(item.rule());
        if (kind == null || item.kind() == CheckKind.ATTESTED) {
            return;
        }
        Predicate<String> exists = switch (kind) {
            case "text field" -> id -> p.textField(id).isPresent();
            case "image slot" -> id -> p.slot(id).isPresent();
            case "media group" -> id -> p.media().stream().anyMatch(m -> m.id().equals(id));
            case "document" -> id -> p.document(id).isPresent();
            case "link" -> id -> p.link(id).isPresent();
            case "contact" -> id -> p.contact(id).isPresent();
            case "enumeration" -> id -> p.enumeration(id).isPresent();
            default -> id -> p.relation(id).isPresent();
        };
        require(item.target() != null && exists.test(item.target()), at + ".target",
                "'" + item.target() + "' is no " + kind + " of the profile, as rule " + item.rule() + " needs");
    }

    /** "text:summary" and "link:help" name a text field or a link of this profile. */
    private boolean defined(String field) {
        if (field == null) {
            return false;
        }
        String id = field.substring(field.indexOf(':') + 1);
        return FieldKind.of(field).map(kind -> switch (kind) {
            case TEXT -> p.textField(id).isPresent();
            case LINK -> p.link(id).isPresent();
            default -> false;
        }).orElse(false);
    }

    private void positive(Integer value, String at) throws ProfileException {
        require(value == null || value > 0, at, "must be positive, not " + value);
    }

    private void unique(String at, List<String> ids) throws ProfileException {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            require(seen.add(ids.get(i)), at + "[" + i + "]", "the id '" + ids.get(i) + "' appears twice");
        }
    }

    private void require(boolean ok, String at, String problem) throws ProfileException {
        if (!ok) {
            throw new ProfileException(origin + " is not a valid profile: " + problem + " at " + at + ".");
        }
    }
}
