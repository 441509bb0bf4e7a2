package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changing the offer type of a project changes, told before it happens: the demo to Teams and back. */
class OfferTypeChangeTest {
    private static final ProfileRegistry REGISTRY = ProfileRegistry.builtIn();
    private static Project demo;
    private static Profile seed;
    private static Profile teams;

    @BeforeAll
    static void demo(@TempDir Path dir) throws Exception {
        demo = ProjectFiles.open(DemoProject.write(dir.resolve("demo"))).project();
        seed = REGISTRY.get(ProfileRegistry.DEFAULT_PROFILE_ID);
        teams = REGISTRY.get("teams-app");
    }

    @Test
    void demoToTeamsNamesTheNewIconsTheNewScreenshotSizeAndWhatTeamsDoesNotUse() {
        OfferTypeChange change = OfferTypeChange.of(demo, seed, teams);

        assertThat(change.newSlots()).extracting(ImageSlot::id).containsExactly("color-192x192", "outline-32x32");
        assertThat(change.droppedSlots()).extracting(ImageSlot::id)
                .containsExactly("small-40x40", "medium-90x90", "large-115x115", "wide-255x115");
        assertThat(change.media()).singleElement().satisfies(shots -> {
            assertThat(shots.kind()).isEqualTo(MediaKind.SCREENSHOT);
            assertThat(shots.fromSize()).isEqualTo("1280x720");
            assertThat(shots.toSize()).isEqualTo("1366x768");
            assertThat(shots.have()).isEqualTo(3);
            assertThat(shots.missing()).isZero();
            assertThat(shots.uncaptioned()).isZero();
        });
        assertThat(change.textOverLimits()).isEmpty();
        assertThat(change.unused()).extracting(OfferTypeChange.Unused::field).containsExactly(
                "text:keywords", "text:products", "document:terms-of-use", "document:privacy-policy",
                "document:supporting", "link:help", "link:support", "media:videos", "attestation:");
        assertThat(change.unused()).extracting(OfferTypeChange.Unused::kept)
                .contains("3 items", "2 items", "1 file", "https://contoso.example/route-planner/help", "1 video",
                        "6 confirmed items");
        assertThat(change.newFields()).extracting(OfferTypeChange.NewField::field)
                .containsExactly("text:developerName", "link:terms", "link:website");
        assertThat(change.apply(demo)).isEqualTo(demo.withProfileId("teams-app"));
    }

    @Test
    void aOneLanguageOfferTypeKeepsAFurtherListingAsideAndNeitherChecksNorNamesIt() {
        Project german = io.offerkit.project.ProjectListings.with(demo.withProfileId("teams-app"), "de-de",
                io.offerkit.project.Listing.empty().withAppName("Routenplaner"));
        assertThat(ListingChecks.furtherInUse(teams, german)).containsExactly("de-de");
        assertThat(ListingChecks.furtherInUse(seed, german)).isEmpty();

        OfferTypeChange change = OfferTypeChange.of(german, teams, seed);
        assertThat(change.unused()).filteredOn(u -> u.field().equals("text:language")).singleElement()
                .satisfies(u -> assertThat(u.kept()).isEqualTo("de-de"));
        assertThat(CheckEngine.evaluate(seed, german, null).results()).allMatch(CheckResult::isPrimary);
        assertThat(CheckEngine.evaluate(teams, german, null).results()).anyMatch(r -> "de-de".equals(r.language()));
    }

    @Test
    void teamsBackToTheSeedBringsBackItsLogosAndVideosAndKeepsNothingAside() {
        Project asTeams = OfferTypeChange.of(demo, seed, teams).apply(demo);

        OfferTypeChange back = OfferTypeChange.of(asTeams, teams, seed);

        assertThat(back.newSlots()).extracting(ImageSlot::id)
                .containsExactly("small-40x40", "medium-90x90", "large-115x115", "wide-255x115");
        assertThat(back.droppedSlots()).extracting(ImageSlot::id).containsExactly("color-192x192", "outline-32x32");
        assertThat(back.media()).extracting(OfferTypeChange.MediaChange::kind)
                .containsExactly(MediaKind.SCREENSHOT, MediaKind.VIDEO);
        assertThat(back.media().get(0).toSize()).isEqualTo("1280x720");
        assertThat(back.media().get(1).fromSize()).isNull();
        assertThat(back.media().get(1).have()).isEqualTo(1);
        assertThat(back.textOverLimits()).isEmpty();
        assertThat(back.unused()).isEmpty();
        assertThat(back.newFields()).isEmpty();
        assertThat(back.apply(asTeams)).isEqualTo(demo);
    }

    @Test
    void textOverTheNewLimitsIsNamedWithItsLengthAndTheNewLimit() {
        String summary = "Plan technician routes and visits from Dynamics 365 work orders in minutes, every day.";
        Project longer = demo.withSummary(summary).withKeywords(java.util.List.of("a", "b", "c"));

        OfferTypeChange change = OfferTypeChange.of(longer, seed, teams);

        assertThat(change.textOverLimits()).singleElement().satisfies(over -> {
            assertThat(over.field()).isEqualTo("text:summary");
            assertThat(over.label()).isEqualTo("Short description");
            assertThat(over.length()).isEqualTo(summary.length());
            assertThat(over.limit()).isEqualTo(80);
            assertThat(over.unit()).isEqualTo(OfferTypeChange.Unit.CHARACTERS);
        });
    }

    @Test
    void wordsAndItemsOverTheNewLimitsAreCountedAsTheChecksCountThem() {
        Project wordy = demo.withDescription(new io.offerkit.project.Description(
                io.offerkit.project.DescriptionFormat.MARKDOWN, "word ".repeat(600).strip()));
        Profile pcD365 = REGISTRY.find("partner-center-d365").orElseThrow();
        OfferTypeChange toTeams = OfferTypeChange.of(wordy, seed, teams);

        assertThat(toTeams.textOverLimits()).extracting(OfferTypeChange.TextOverLimit::unit, OfferTypeChange.TextOverLimit::length,
                OfferTypeChange.TextOverLimit::limit).contains(
                org.assertj.core.groups.Tuple.tuple(OfferTypeChange.Unit.WORDS, 600, 500));
        assertThat(OfferTypeChange.of(demo, seed, pcD365).isEmpty()).isFalse();
    }

    @Test
    void contactsAndListPicksTheNewOfferDoesNotAskForAreNamedAsKept() {
        Profile pcD365 = REGISTRY.find("partner-center-d365").orElseThrow();
        Project listed = demo.withProfileId(pcD365.id()).withDetails(io.offerkit.project.ListingDetails.empty()
                .withContact("support", "email", "support@contoso.example")
                .withChoices("categories", java.util.List.of(io.offerkit.project.Choice.of("AI + Machine Learning", "Bot Apps"))));

        OfferTypeChange change = OfferTypeChange.of(listed, pcD365, teams);

        assertThat(change.unused()).extracting(OfferTypeChange.Unused::field).contains("contact:support", "choice:categories");
        assertThat(OfferTypeChange.of(change.apply(listed), teams, pcD365).unused())
                .extracting(OfferTypeChange.Unused::field).doesNotContain("contact:support", "choice:categories");
    }

    @Test
    void theSameOfferTypeChangesNothing() {
        assertThat(OfferTypeChange.of(demo, seed, seed).isEmpty()).isTrue();
    }
}
