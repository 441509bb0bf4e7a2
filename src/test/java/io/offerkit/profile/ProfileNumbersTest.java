package io.offerkit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in profile holds the numbers of shared/specs/marketplace-rules.md (and, where the sources disagree, the
 * newer source's, as docs/profile-sources.md records). The expected lines are written here from the spec, not read
 * from the JSON, so a changed number in a profile file fails this test until someone checks it against its source.
 */
class ProfileNumbersTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();

    /** What one profile must say, in the test's own short notation (see the describe methods below). */
    record Expected(String id, List<String> slots, List<String> media, List<String> texts, List<String> links,
                    List<String> relations, List<String> enumerations, List<String> contacts, String languages) {
    }

    private static final List<String> PC_CONTACTS = List.of(
            "support: name, email, phone + link support, not shown",
            "engineering: name, email, phone, not shown");
    private static final List<String> PC_LINKS = List.of("help https", "privacy https", "support https");
    private static final List<String> HELP_NOT_SUPPORT = List.of("link:help different link:support");
    private static final String PC_LOGO = "logo 300x300 square 216-350 png preview 48";
    private static final String PC_VIDEOS = "videos video 1280x720 0-4 png captioned on youtube/vimeo";

    static Stream<Arguments> profiles() {
        return Stream.of(
                new Expected("appsource-d365-ce-2019",
                        List.of("small-40x40 40x40 png", "medium-90x90 90x90 png", "large-115x115 115x115 png",
                                "wide-255x115 255x115 png"),
                        List.of("screenshots screenshot 1280x720 0-5 png",
                                "videos video 1280x720 0-4 png captioned on youtube/vimeo"),
                        List.of("appName required <=256", "summary required <=100 plain", "description required <=1300 html",
                                "keywords x3", "products x3"),
                        List.of("help https", "support https", "privacy https"),
                        List.of(), List.of(), List.of(), "not named"),
                new Expected("partner-center-d365",
                        List.of(PC_LOGO),
                        List.of("screenshots screenshot 1280x720 1-5 png captioned", PC_VIDEOS),
                        List.of("appName required <=200", "summary required <=100", "description required <=5000 markup html",
                                "keywords x3", "products x3", "appVersion"),
                        PC_LINKS, HELP_NOT_SUPPORT,
                        List.of("categories 1-2 each<=2", "industries 0-2 each<=2",
                                "applicableProducts 0-11 of 11: Customer Service, Customer Voice, Project Operations, Field Service,"
                                        + " Marketing, Mixed Reality, Power Apps, Power Automate, Power Virtual Agents,"
                                        + " Project Service Automation, Sales"),
                        PC_CONTACTS, "1"),
                new Expected("partner-center-business-central",
                        List.of(PC_LOGO),
                        List.of("screenshots screenshot 1280x720 3-5 png captioned", PC_VIDEOS),
                        List.of("appName required <=200", "summary required <=100", "description required <=5000 markup html",
                                "keywords x3", "products x3", "appVersion"),
                        PC_LINKS, HELP_NOT_SUPPORT,
                        List.of("categories 1-2 each<=2 all<=4", "industries 0-2 each<=2"),
                        PC_CONTACTS, "1"),
                new Expected("partner-center-d365-operations",
                        List.of(PC_LOGO),
                        List.of("screenshots screenshot 1280x720 1-5 png captioned",
                                "videos video 1280x720 0-5 png captioned on youtube/vimeo"),
                        List.of("appName required <=200", "summary required <=100", "description required <=5000 markup html",
                                "keywords x3", "products x3", "appVersion"),
                        PC_LINKS, HELP_NOT_SUPPORT,
                        List.of("categories 1-2 each<=2", "industries 0-2 each<=2",
                                "applicableProducts 0-5 of 5: Commerce, Finance, Human Resources, Project Operations,"
                                        + " Supply Chain Management"),
                        PC_CONTACTS, "1"),
                new Expected("partner-center-saas",
                        List.of(PC_LOGO, "medium-90x90 90x90 png optional", "small-48x48 48x48 png optional"),
                        List.of("screenshots screenshot 1280x720 1-5 png captioned", PC_VIDEOS),
                        List.of("appName required <=200", "summary required <=100 single-line",
                                "description required <=5000 markup html", "gettingStarted <=3000", "keywords x3",
                                "appVersion"),
                        List.of("privacy https", "support https"), List.of(),
                        List.of("categories 1-2 each<=2", "industries 0-2 each<=2"),
                        List.of("support: name, email, phone + link support, not shown",
                                "engineering: name, email, phone, not shown", "csp: name, email, phone, optional, not shown"),
                        "not named"),
                new Expected("partner-center-azure-app",
                        List.of(PC_LOGO),
                        List.of("screenshots screenshot 1280x720 0-5 png captioned", PC_VIDEOS),
                        List.of("appName required <=200", "summary required <=100", "shortDescription required <=256 plain",
                                "description required <=5000 markup html", "keywords x3"),
                        List.of("privacy https", "support https"), List.of(), List.of(),
                        List.of("support: name, email, phone + link support, not shown",
                                "engineering: name, email, phone, not shown", "csp: name, email, phone, optional, not shown"),
                        "not named"),
                new Expected("azure-marketplace-2018",
                        List.of("small-40x40 40x40 png", "medium-90x90 90x90 png", "large-115x115 115x115 png",
                                "wide-255x115 255x115 png", "hero-815x290 815x290 png optional"),
                        List.of("screenshots screenshot 533x324 0-5 png captioned caption<=100"),
                        List.of("appName required <=50", "summary required <=100", "longSummary required <=256",
                                "description required <=3000 html"),
                        List.of("privacy https"), List.of(), List.of(), List.of(), "not named"),
                new Expected("teams-app",
                        List.of("color-192x192 192x192 png", "outline-32x32 32x32 png white_on_transparent"),
                        List.of("screenshots screenshot 1366x768 3-5 png/jpg/gif <=1048576 captioned"),
                        // the manifest's strings are plain text: no markup in any of them
                        List.of("appName required <=30 plain", "fullName <=100 plain", "summary required <=80 plain",
                                "description required <=4000 <=500w plain", "developerName required <=32 plain"),
                        List.of("privacy https", "terms https", "website https"),
                        List.of("text:summary not_inside text:description", "text:appName different text:fullName"),
                        List.of(), List.of(), "several"),
                new Expected("power-bi-visual",
                        List.of("logo-300x300 300x300 png"),
                        List.of("screenshots screenshot 1366x768 1-5 png <=1048576"),
                        // the description box takes Partner Center's supported HTML tags, as for every Partner Center offer
                        List.of("appName required", "summary required", "description required <=3000 html", "keywords x3"),
                        List.of("support https", "privacy https"), List.of(), List.of(), List.of(), "several"),
                new Expected("office-add-in",
                        List.of("icon-300x300 300x300 png <=52428800"),
                        List.of("screenshots screenshot 1366x768 1-5 png <=52428800 caption<=200"),
                        List.of("appName required <=50", "summary required <=100", "description required <=4000 html",
                                "keywords x3 each<=40"),
                        List.of(), List.of(), List.of(), List.of(), "several"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theProfileHoldsTheSpecsNumbers(Expected expected) throws ProfileException {
        Profile profile = PROFILES.get(expected.id());
        assertThat(profile.imageSlots()).extracting(ProfileNumbersTest::slot).as("slots").containsExactlyElementsOf(expected.slots());
        assertThat(profile.media()).extracting(ProfileNumbersTest::media).as("media").containsExactlyElementsOf(expected.media());
        assertThat(profile.textFields()).extracting(ProfileNumbersTest::text).as("text fields").containsExactlyElementsOf(expected.texts());
        assertThat(profile.links()).extracting(l -> l.id() + (l.httpsOnly() ? " https" : "")).as("links")
                .containsExactlyElementsOf(expected.links());
        assertThat(profile.relations()).extracting(r -> r.field() + " " + r.kind().name().toLowerCase(Locale.ROOT) + " " + r.other())
                .as("relations").containsExactlyElementsOf(expected.relations());
        assertThat(profile.enumerations()).extracting(ProfileNumbersTest::enumeration).as("enumerations")
                .containsExactlyElementsOf(expected.enumerations());
        assertThat(profile.contacts()).extracting(ProfileNumbersTest::contact).as("contacts").containsExactlyElementsOf(expected.contacts());
        assertThat(profile.languages() == null ? "not named" : profile.languages().max() == null ? "several"
                : String.valueOf(profile.languages().max())).as("listing languages").isEqualTo(expected.languages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theProfileNamesItsSourcesAndEveryItemsRuleAndSource(Expected expected) throws ProfileException {
        Profile profile = PROFILES.get(expected.id());
        assertThat(profile.verifiedOn()).isNotNull();
        assertThat(profile.sources()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.document()).isNotBlank();
            assertThat(s.location()).isNotBlank();
            if (!s.location().contains("carries no date")) {
                assertThat(s.date()).as(s.location()).isNotNull();
            }
        });
        assertThat(profile.checklist()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.source()).as(item.id()).isNotBlank();
            assertThat(item.field()).as(item.id()).isNotBlank();
            if (item.kind() == CheckKind.AUTOMATIC) {
                assertThat(item.rule()).as(item.id()).isNotBlank();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void whereTheSourcesDisagreeTheDescriptionSaysWhichIsFollowed(Expected expected) throws ProfileException {
        String description = PROFILES.get(expected.id()).description();
        switch (expected.id()) {
            case "partner-center-saas" -> assertThat(description).contains("3,000", "5,000");
            case "partner-center-d365", "partner-center-d365-operations" -> assertThat(description).contains("50 characters", "200");
            case "partner-center-business-central" -> assertThat(description).contains("3,000", "5,000", "five");
            case "teams-app" -> assertThat(description).contains("3 to 5 screenshots");
            default -> assertThat(description).isNotBlank();
        }
    }

    /** "logo 300x300 square 216-350 png preview 48", "outline-32x32 32x32 png white_on_transparent". */
    static String slot(ImageSlot s) {
        List<String> parts = new ArrayList<>(List.of(s.id(), s.width() + "x" + s.height()));
        if (s.minWidth() != null || s.maxWidth() != null) {
            parts.add((s.square() ? "square " : "") + s.minWidth() + "-" + s.maxWidth());
        }
        parts.add(String.join("/", s.formats()));
        if (s.maxBytes() != null) {
            parts.add("<=" + s.maxBytes());
        }
        if (s.pixelRule() != null) {
            parts.add(s.pixelRule().name().toLowerCase(Locale.ROOT));
        }
        if (s.previewSize() != null) {
            parts.add("preview " + s.previewSize());
        }
        if (!s.required()) {
            parts.add("optional");
        }
        return String.join(" ", parts);
    }

    /** "screenshots screenshot 1366x768 3-5 png/jpg/gif <=1048576 captioned caption<=200 on youtube/vimeo". */
    static String media(MediaGroup m) {
        List<String> parts = new ArrayList<>(List.of(m.id(), m.kind().name().toLowerCase(Locale.ROOT), m.sizeText(),
                m.minCount() + "-" + m.maxCount(), String.join("/", m.formats())));
        if (m.maxBytes() != null) {
            parts.add("<=" + m.maxBytes());
        }
        if (m.captionRequired()) {
            parts.add("captioned");
        }
        if (m.captionMaxLength() != null) {
            parts.add("caption<=" + m.captionMaxLength());
        }
        if (!m.hosts().isEmpty()) {
            parts.add("on " + String.join("/", m.hosts()));
        }
        return String.join(" ", parts);
    }

    /** "description required <=4000 <=500w plain", "keywords x3 each<=40", "summary required <=100 single-line". */
    static String text(TextFieldSpec t) {
        List<String> parts = new ArrayList<>(List.of(t.id()));
        if (t.required()) {
            parts.add("required");
        }
        if (t.maxLength() != null) {
            parts.add("<=" + t.maxLength());
        }
        if (t.maxWords() != null) {
            parts.add("<=" + t.maxWords() + "w");
        }
        if (t.maxItems() != null) {
            parts.add("x" + t.maxItems());
        }
        if (t.maxItemLength() != null) {
            parts.add("each<=" + t.maxItemLength());
        }
        if (t.countMode() == CountMode.MARKUP) {
            parts.add("markup");
        }
        if (t.isHtml()) {
            parts.add("html");
        }
        if (t.singleLine()) {
            parts.add("single-line");
        }
        if (t.plainText()) {
            parts.add("plain");
        }
        return String.join(" ", parts);
    }

    /** "categories 1-2 each<=2 all<=4", "applicableProducts 0-5 of 5: Commerce, ...". */
    static String enumeration(EnumerationSpec e) {
        int min = e.minItems() == null ? 0 : e.minItems();
        String max = e.maxItems() == null ? String.valueOf(e.choices().size()) : String.valueOf(e.maxItems());
        String line = e.id() + " " + min + "-" + max
                + (e.maxChildren() == null ? "" : " each<=" + e.maxChildren())
                + (e.maxChildrenTotal() == null ? "" : " all<=" + e.maxChildrenTotal());
        boolean flat = e.choices().stream().allMatch(c -> c.children().isEmpty());
        return flat && !e.choices().isEmpty()
                ? line + " of " + e.choices().size() + ": " + String.join(", ", e.choices().stream().map(EnumChoice::name).toList())
                : line;
    }

    /** "support: name, email, phone + link support, not shown". */
    static String contact(ContactSpec c) {
        return c.id() + ": " + String.join(", ", c.fields().stream().map(TextFieldSpec::id).toList())
                + (c.link() == null ? "" : " + link " + c.link())
                + (c.required() ? "" : ", optional")
                + (c.shownToCustomers() ? "" : ", not shown");
    }
}
