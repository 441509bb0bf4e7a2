package io.offerkit.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one marketplace form asks for, as data: image slots, media (screenshots, videos), text fields, documents,
 * links and checklist items, with the documents the rules were taken from and the day they were last checked
 * against them; and from the properties page the fixed lists (categories, industries, products), the contacts, how
 * many listing languages the offer takes ({@code languages}; null where the form says nothing) and the rules between
 * fields ({@code relations}: help link differs from the support link); and the marketplace's web form ({@code form}):
 * its pages in order, each with its fields in the order the page shows them, mapped to the project.
 */
public record Profile(
        String id,
        int version,
        String title,
        String marketplace,
        String description,
        List<SourceRef> sources,
        LocalDate verifiedOn,
        List<ImageSlot> imageSlots,
        List<MediaGroup> media,
        List<TextFieldSpec> textFields,
        List<DocumentSpec> documents,
        List<LinkSpec> links,
        List<ChecklistItem> checklist,
        List<EnumerationSpec> enumerations,
        List<ContactSpec> contacts,
        ListingLanguages languages,
        List<FieldRelation> relations,
        List<FormPage> form) {

    /** A profile of slots, media, texts, documents and links only, as profiles before the properties page. */
    public Profile(String id, int version, String title, String marketplace, String description, List<SourceRef> sources,
                   LocalDate verifiedOn, List<ImageSlot> imageSlots, List<MediaGroup> media, List<TextFieldSpec> textFields,
                   List<DocumentSpec> documents, List<LinkSpec> links, List<ChecklistItem> checklist) {
        this(id, version, title, marketplace, description, sources, verifiedOn, imageSlots, media, textFields, documents,
                links, checklist, null, null, null, null, null);
    }

    public Profile {
        sources = sources == null ? List.of() : List.copyOf(sources);
        imageSlots = imageSlots == null ? List.of() : List.copyOf(imageSlots);
        media = media == null ? List.of() : List.copyOf(media);
        textFields = textFields == null ? List.of() : List.copyOf(textFields);
        documents = documents == null ? List.of() : List.copyOf(documents);
        links = links == null ? List.of() : List.copyOf(links);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        enumerations = enumerations == null ? List.of() : List.copyOf(enumerations);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        relations = relations == null ? List.of() : List.copyOf(relations);
        form = form == null ? List.of() : List.copyOf(form);
    }

    public Optional<ImageSlot> slot(String slotId) {
        return imageSlots.stream().filter(s -> s.id().equals(slotId)).findFirst();
    }

    public Optional<MediaGroup> mediaGroup(MediaKind kind) {
        return media.stream().filter(m -> m.kind() == kind).findFirst();
    }

    public Optional<TextFieldSpec> textField(String fieldId) {
        return textFields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
    }

    public Optional<DocumentSpec> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }

    public Optional<LinkSpec> link(String linkId) {
        return links.stream().filter(l -> l.id().equals(linkId)).findFirst();
    }

    /** A fixed-list field of the properties page by id: "categories", "industries", "applicableProducts". */
    public Optional<EnumerationSpec> enumeration(String enumerationId) {
        return enumerations.stream().filter(e -> e.id().equals(enumerationId)).findFirst();
    }

    public Optional<ContactSpec> contact(String contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }

    public Optional<FieldRelation> relation(String relationId) {
        return relations.stream().filter(r -> r.id().equals(relationId)).findFirst();
    }

    /** The newest of the source dates: "rules as of" in the UI. */
    public Optional<LocalDate> sourceDate() {
        return sources.stream().map(SourceRef::date).filter(d -> d != null).max(LocalDate::compareTo);
    }

    /**
     * How many listing languages the offer takes: its {@code languages.max}, any number where it says "several", and
     * one where the form says nothing about languages (the older and Azure forms: one listing, in English).
     */
    public int listingLanguageLimit() {
        if (languages == null) {
            return 1;
        }
        return languages.max() == null ? Integer.MAX_VALUE : languages.max();
    }
}
