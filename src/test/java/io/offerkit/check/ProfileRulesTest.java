package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.DocumentSpec;
import io.offerkit.profile.EnumChoice;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.FieldRelation;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.PixelRule;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.Severity;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Choice;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.ListingDetails;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import io.offerkit.text.lint.LintSettings;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per built-in profile: a project that meets it passes every automatic rule, and a project breaking one rule fails
 * that rule's item with a message, the item naming its rule and its source. The breakers are by rule, so a new
 * profile's items are covered as soon as it uses the rules.
 */
class ProfileRulesTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final String YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

    @TempDir
    static Path dir;
    static Project demo;

    @BeforeAll
    static void writeDemo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
    }

    static Stream<String> profiles() {
        return PROFILES.ids().stream();
    }

    /** The demo made to meet {@code profile}: short texts, distinct https links, media of the group's size. */
    private static Project meeting(Profile profile, Map<String, ImageFacts> facts) {
        Project project = demo.withProfileId(profile.id())
                .withAppName("Contoso Route Planner")
                .withSummary("Route plans for field technicians.")
                .withKeywords(List.of("routing", "scheduling"))
                .withProducts(List.of("Dynamics 365 Field Service"))
                .withLink("terms", "https://contoso.example/terms")
                .withLink("website", "https://contoso.example/");
        List<Screenshot> shots = new ArrayList<>();
        List<Video> videos = new ArrayList<>();
        for (MediaGroup group : profile.media()) {
            for (int i = 1; i <= Math.max(1, group.minCount()); i++) {
                String path = dir.resolve(group.id() + i + ".png").toString();
                facts.put(path, new ImageFacts("PNG", group.width(), group.height(), "RGB", 8, false, false, null, 1000));
                if (group.kind() == MediaKind.SCREENSHOT) {
                    shots.add(Screenshot.of(path).withCaption("Plan the day's routes " + i));
                } else {
                    videos.add(new Video("Tour " + i, YOUTUBE, path, null));
                }
            }
        }
        return details(profile, project.withMedia(new Media(shots, videos)));
    }

    /** Every contact, list and further text field the profile asks for, filled as a careful user would. */
    private static Project details(Profile profile, Project project) {
        ListingDetails details = project.details();
        for (ContactSpec contact : profile.contacts()) {
            details = details.withContact(contact.id(), "name", "Dana Smith")
                    .withContact(contact.id(), "email", "support@contoso.example")
                    .withContact(contact.id(), "phone", "+1 (425) 555-0100");
        }
        for (EnumerationSpec list : profile.enumerations()) {
            EnumChoice first = list.choices().get(0);
            details = details.withChoices(list.id(), List.of(new Choice(first.name(),
                    first.children().isEmpty() ? List.of() : List.of(first.children().get(0)))));
        }
        for (TextFieldSpec field : profile.textFields()) {
            if (ListingDetails.holdsText(field.id())) {
                details = details.withText(field.id(), "Route planner 2.1");
            }
        }
        for (DocumentSpec document : profile.documents()) {
            if (project.documents(document.id()).isEmpty() && document.accepts().contains("pdf")) {
                project = project.withDocuments(document.id(), project.documents("supporting"));
            }
        }
        return project.withDetails(details);
    }

    /** Each slot drawn at its size; a white-on-transparent slot as a white square on alpha 0. */
    private static LogoSet logos(Profile profile) {
        Map<String, RenderedSlot> slots = new LinkedHashMap<>();
        for (ImageSlot slot : profile.imageSlots()) {
            BufferedImage image = new BufferedImage(slot.width(), slot.height(), BufferedImage.TYPE_INT_ARGB);
            for (int y = slot.height() / 4; y < slot.height() * 3 / 4; y++) {
                for (int x = slot.width() / 4; x < slot.width() * 3 / 4; x++) {
                    image.setRGB(x, y, slot.pixelRule() == PixelRule.WHITE_ON_TRANSPARENT ? 0xFFFFFFFF : 0xFF0E9F8E);
                }
            }
            slots.put(slot.id(), new RenderedSlot(slot.id(), image, List.of()));
        }
        return new LogoSet(slots, Map.of());
    }

    private static CheckReport evaluate(Profile profile, Project project, LogoSet logos, Map<String, ImageFacts> facts) {
        return CheckEngine.evaluate(profile, project, logos, null, LintSettings.defaults(), MediaFacts.of(facts));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void aProjectMeetingTheProfilePassesEveryAutomaticRule(String id) throws Exception {
        Profile profile = PROFILES.get(id);
        Map<String, ImageFacts> facts = new HashMap<>();
        CheckReport report = evaluate(profile, meeting(profile, facts), logos(profile), facts);
        assertThat(report.results()).filteredOn(r -> r.item().kind() == CheckKind.AUTOMATIC)
                .allSatisfy(r -> assertThat(r.state()).as(r.item().id() + ": " + r.message()).isEqualTo(CheckState.PASS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void breakingEachRuleFailsItsItemNamingTheRuleAndItsSource(String id) throws Exception {
        Profile profile = PROFILES.get(id);
        int broken = 0;
        for (ChecklistItem item : profile.checklist()) {
            if (item.kind() != CheckKind.AUTOMATIC || item.severity() != Severity.ERROR) {
                continue;
            }
            Map<String, ImageFacts> facts = new HashMap<>();
            Project project = meeting(profile, facts);
            LogoSet logos = logos(profile);
            Project worse = broken(profile, item, project);
            LogoSet worseLogos = broken(profile, item, logos);
            if (worse == project && worseLogos == logos) {
                continue; // a rule this project cannot break (an optional caption without a limit)
            }
            CheckResult result = evaluate(profile, worse, worseLogos, facts).results().stream()
                    .filter(r -> r.item().id().equals(item.id())).findFirst().orElseThrow();
            assertThat(result.state()).as(id + " " + item.id() + ": " + result.message()).isEqualTo(CheckState.FAIL);
            assertThat(result.message()).isNotBlank();
            assertThat(result.why()).startsWith(item.rule() + "; ").endsWith(item.source());
            broken++;
        }
        assertThat(broken).as("items broken in " + id).isGreaterThanOrEqualTo(5);
    }

    private static CheckResult result(String profileId, Project project, LogoSet logos, String itemId) throws Exception {
        Profile profile = PROFILES.get(profileId);
        return evaluate(profile, project.withProfileId(profileId), logos, new HashMap<>()).results().stream()
                .filter(r -> r.item().id().equals(itemId)).findFirst().orElseThrow();
    }

    @org.junit.jupiter.api.Test
    void wordsLineBreaksAndPixelsAreJudgedAsTheirProfilesSay() throws Exception {
        Profile teams = PROFILES.get("teams-app");
        Project words = demo.withDescription(new Description(DescriptionFormat.MARKDOWN, "Plan routes. ".repeat(250) + "Done."));
        CheckResult description = result("teams-app", words, logos(teams), "description");
        assertThat(description.state()).isEqualTo(CheckState.FAIL);
        assertThat(description.message()).isEqualTo("Full description has 501 words; at most 500.");

        Project twoLines = demo.withSummary("Plans routes.\nFast.");
        assertThat(result("partner-center-saas", twoLines, logos(PROFILES.get("partner-center-saas")), "summary").message())
                .isEqualTo("Search results summary must be one line; it has a line break.");
        assertThat(result("partner-center-d365", twoLines, logos(PROFILES.get("partner-center-d365")), "summary").state())
                .isEqualTo(CheckState.PASS);

        LogoSet grey = logos(teams);
        grey.slot("outline-32x32").orElseThrow().image().setRGB(3, 5, 0xD8808080);
        grey.slot("outline-32x32").orElseThrow().image().setRGB(4, 5, 0x01FFFF00);
        assertThat(result("teams-app", demo, grey, "outline-pixels").message()).isEqualTo("Outline icon must be white"
                + " (255, 255, 255) on a fully transparent background (alpha 0): the pixel at (3, 5) is #808080 at alpha"
                + " 216, and 1 more pixels are neither white nor transparent.");
    }

    private static Project broken(Profile profile, ChecklistItem item, Project p) {
        String target = item.target();
        return switch (item.rule()) {
            case "text-field", "list-field", "html-field" -> tooMuch(profile.textField(target).orElseThrow(), p);
            case "media-count" -> {
                MediaGroup g = group(profile, target);
                yield g.minCount() > 0 ? p.withMedia(Media.empty()) : p.withMedia(new Media(
                        repeat(p.media().screenshots(), g.maxCount() + 1), repeat(p.media().videos(), g.maxCount() + 1)));
            }
            case "media-captions" -> {
                MediaGroup g = group(profile, target);
                String caption = g.captionRequired() ? " " : g.captionMaxLength() != null ? "x".repeat(g.captionMaxLength() + 1) : null;
                yield caption == null ? p : g.kind() == MediaKind.VIDEO
                        ? p.withMedia(p.media().withVideos(p.media().videos().stream().map(v -> v.withName(caption)).toList()))
                        : p.withMedia(p.media().withScreenshots(p.media().screenshots().stream().map(s -> s.withCaption(caption)).toList()));
            }
            case "video-address" -> p.withMedia(p.media().withVideos(
                    p.media().videos().stream().map(v -> v.withAddress("http://example.com/tour")).toList()));
            case "video-thumbnail" -> p.withMedia(p.media().withVideos(
                    p.media().videos().stream().map(v -> v.withThumbnail(null)).toList()));
            case "document" -> p.withDocuments(target, List.of());
            case "link" -> p.withLink(target, "");
            case "language-opening" -> p.withLanguage("de");
            case "field-relation" -> same(profile.relation(target).orElseThrow(), p);
            case "contact" -> p.withDetails(p.details().withContact(target, "email", "dana at contoso"));
            case "choices" -> p.withDetails(p.details().withChoices(target, List.of(Choice.of("Not on the list"))));
            default -> p;
        };
    }

    private static LogoSet broken(Profile profile, ChecklistItem item, LogoSet logos) {
        if (!item.rule().equals("logo-slot") && !item.rule().equals("slot-pixels")) {
            return logos;
        }
        Map<String, RenderedSlot> slots = new LinkedHashMap<>(logos.slots());
        if (item.rule().equals("logo-slot")) {
            slots.remove(item.target());
        } else {
            BufferedImage image = slots.get(item.target()).image();
            image.setRGB(0, 0, 0xD8FF0000); // one red pixel at alpha 216, as the uploads that fail
        }
        return new LogoSet(slots, Map.of());
    }

    /** The field over its limit, or empty where it has none. */
    private static Project tooMuch(TextFieldSpec spec, Project p) {
        if (spec.maxItems() != null) {
            List<String> items = repeat(List.of("routes"), spec.maxItems() + 1);
            return spec.id().equals("keywords") ? p.withKeywords(items) : p.withProducts(items);
        }
        String value = spec.maxLength() != null ? "Route ".repeat(spec.maxLength() / 6 + 1) : "";
        return switch (spec.id()) {
            case "appName" -> p.withAppName(value);
            case "summary" -> p.withSummary(value);
            case "description" -> p.withDescription(new Description(DescriptionFormat.MARKDOWN, value));
            default -> p.withDetails(p.details().withText(spec.id(), value));
        };
    }

    /** The relation's two fields made the same: the support link as the help link, the full description as the summary. */
    private static Project same(FieldRelation relation, Project p) {
        if (relation.field().startsWith("link:")) {
            return p.withLink(relation.other().substring(5), p.link(relation.field().substring(5)));
        }
        return p.withDescription(new Description(DescriptionFormat.MARKDOWN, p.summary()));
    }

    private static MediaGroup group(Profile profile, String id) {
        return profile.media().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static <T> List<T> repeat(List<T> one, int times) {
        List<T> many = new ArrayList<>();
        while (!one.isEmpty() && many.size() < times) {
            many.add(one.get(0));
        }
        return many;
    }
}
