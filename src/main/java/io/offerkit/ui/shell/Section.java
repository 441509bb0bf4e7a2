package io.offerkit.ui.shell;

import io.offerkit.profile.FieldKind;
import io.offerkit.project.ListingDetails;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A section of the main window: its name (in ids, {@code --section=NAME} and the View menu), its title, hint and
 * icon in the navigation, and how its page is made once the project's session is there.
 *
 * <p>The window's sections are the one list {@link #values()}: adding a section is one {@link SectionPage} class and
 * one line there. Navigation, the View menu with its shortcuts, {@code --section} and the section host all follow.
 */
public final class Section {
    public static final Section LOGOS = new Section("logos", "section.logos", "nav.hint.logos", Icons.LOGOS, LogosPage::new,
            Set.of(FieldKind.LOGO));
    public static final Section DESCRIPTION = new Section("description", "section.description", "nav.hint.description",
            Icons.DESCRIPTION, DescriptionPage::new, Set.of(FieldKind.TEXT));
    public static final Section DOCUMENTS = new Section("documents", "section.documents", "nav.hint.documents",
            Icons.DOCUMENTS, DocumentsPage::new, Set.of(FieldKind.DOCUMENT, FieldKind.LINK));
    public static final Section MEDIA = new Section("media", "section.media", "nav.hint.media", Icons.MEDIA,
            MediaPage::new, Set.of(FieldKind.MEDIA));
    public static final Section LISTING = new Section("listing", "section.listing", "nav.hint.listing", Icons.LISTING,
            ListingPage::new, Set.of(FieldKind.CONTACT, FieldKind.CHOICE));
    public static final Section INSPECT = new Section("inspect", "section.inspect", "nav.hint.inspect", Icons.INSPECT,
            InspectPage::new);
    public static final Section HANDOFF = new Section("handoff", "section.handoff", "nav.hint.handoff", Icons.HANDOFF,
            HandoffPage::new);

    /** The sections, in the navigation's order (the first one is shown at start unless asked otherwise). */
    private static final List<Section> ALL = List.of(LOGOS, DESCRIPTION, DOCUMENTS, MEDIA, LISTING, INSPECT,
            HANDOFF);

    private final String name;
    private final String titleKey;
    private final String hintKey;
    private final Icons icon;
    private final Function<SectionContext, SectionPage> page;
    private final Set<FieldKind> fixes;

    /** {@code name}: lower case, for ids ("nav-" + name) and {@code --section=}; the keys name messages. */
    public Section(String name, String titleKey, String hintKey, Icons icon, Function<SectionContext, SectionPage> page) {
        this(name, titleKey, hintKey, icon, page, Set.of());
    }

    /** {@code fixes}: the kinds of checklist field this section is where the user fixes ("text:..." for TEXT). */
    public Section(String name, String titleKey, String hintKey, Icons icon, Function<SectionContext, SectionPage> page,
                   Set<FieldKind> fixes) {
        this.fixes = Set.copyOf(fixes);
        this.name = name;
        this.titleKey = titleKey;
        this.hintKey = hintKey;
        this.icon = icon;
        this.page = page;
    }

    /** The main window's sections, in navigation order. */
    public static List<Section> values() {
        return ALL;
    }

    /** The section called {@code name} ("description"), in any case. */
    public static Optional<Section> named(String name) {
        return ALL.stream().filter(s -> s.name.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The section where a checklist field of this kind is fixed; none for attestations (the checklist's own). */
    public static Optional<Section> fixing(FieldKind kind) {
        return ALL.stream().filter(s -> s.fixes.contains(kind)).findFirst();
    }

    /**
     * The section where this field is fixed: the further text fields a project keeps among its listing details (app
     * version, getting-started instructions) are in Listing details, the others where their kind is.
     */
    public static Optional<Section> fixing(FieldKind kind, String id) {
        return kind == FieldKind.TEXT && ListingDetails.holdsText(id) ? Optional.of(LISTING) : fixing(kind);
    }

    public String name() {
        return name;
    }

    public String title() {
        return Messages.text(titleKey);
    }

    /** What the section is for; "Check sizes" above all is not obvious from its name. */
    public String hint() {
        return Messages.text(hintKey);
    }

    public Icons icon() {
        return icon;
    }

    /** Makes the section's page on the opened session; its view is built later, when first needed. */
    SectionPage open(SectionContext context) {
        return page.apply(context);
    }

    @Override
    public String toString() {
        return name;
    }
}
