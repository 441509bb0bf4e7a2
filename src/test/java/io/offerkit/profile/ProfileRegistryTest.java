package io.offerkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileRegistryTest {
    private final ProfileRegistry registry = ProfileRegistry.builtIn();

    @Test
    void defaultProfileIsTheAppSourceD365Set() {
        Profile profile = registry.defaultProfile();
        assertThat(profile.id()).isEqualTo("appsource-d365-ce-2019");
        assertThat(profile.imageSlots()).extracting(ImageSlot::id, ImageSlot::width, ImageSlot::height, ImageSlot::format)
                .containsExactly(
                        Tuple.tuple("small-40x40", 40, 40, "png"),
                        Tuple.tuple("medium-90x90", 90, 90, "png"),
                        Tuple.tuple("large-115x115", 115, 115, "png"),
                        Tuple.tuple("wide-255x115", 255, 115, "png"));
        assertThat(profile.imageSlots()).allMatch(ImageSlot::required);
        assertThat(profile.sourceDate()).contains(LocalDate.of(2019, 4, 24));
        assertThat(profile.verifiedOn()).isNotNull();
        assertThat(profile.description()).contains("48x48").contains("216x216");
    }

    @Test
    void defaultProfileCarriesTheStorefrontLimits() {
        Profile profile = registry.defaultProfile();
        TextFieldSpec description = profile.textField("description").orElseThrow();
        assertThat(description.maxLength()).isEqualTo(1300);
        assertThat(description.allowedTags()).containsExactlyInAnyOrder("p", "em", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6");
        assertThat(profile.textField("summary").orElseThrow().maxLength()).isEqualTo(100);
        assertThat(profile.textField("keywords").orElseThrow().maxItems()).isEqualTo(3);
        assertThat(profile.document("terms-of-use").orElseThrow().maxTextLength()).isEqualTo(10_000);
    }

    @Test
    void defaultProfileListsEveryTechnicalAndBusinessRequirement() {
        Profile profile = registry.defaultProfile();
        assertThat(profile.checklist()).filteredOn(i -> i.group() == ChecklistGroup.TECHNICAL).extracting(ChecklistItem::id)
                .containsExactly("aad-sso", "cloud-integration", "lob-focus", "trial-experience", "low-configuration",
                        "customer-support-link", "uptime");
        assertThat(profile.checklist()).filteredOn(i -> i.group() == ChecklistGroup.BUSINESS).extracting(ChecklistItem::id)
                .containsExactly("partner-registration", "ordering-billing", "support-model", "licensing");
        assertThat(profile.checklist()).filteredOn(i -> i.group() == ChecklistGroup.BUSINESS)
                .allMatch(i -> i.kind() == CheckKind.ATTESTED);
        assertThat(profile.checklist()).allMatch(i -> i.source() != null && !i.source().isBlank());
        assertThat(profile.checklist()).allMatch(i -> i.field() != null);
    }

    @Test
    void partnerCenterProfileAcceptsASquareLogoInItsRange() {
        Profile profile = registry.find("partner-center-d365").orElseThrow();
        ImageSlot logo = profile.imageSlots().get(0);
        assertThat(logo.accepts(216, 216)).isTrue();
        assertThat(logo.accepts(350, 350)).isTrue();
        assertThat(logo.accepts(300, 299)).isFalse();
        assertThat(logo.accepts(215, 215)).isFalse();
        assertThat(logo.previewSize()).isEqualTo(48);
        TextFieldSpec description = profile.textField("description").orElseThrow();
        assertThat(description.countMode()).isEqualTo(CountMode.MARKUP);
        assertThat(description.maxLength()).isEqualTo(5000);
        assertThat(description.allowedTags()).contains("b", "i", "br").doesNotContain("em");
    }

    @Test
    void exactSlotAcceptsOnlyItsSize() {
        ImageSlot slot = registry.defaultProfile().slot("wide-255x115").orElseThrow();
        assertThat(slot.accepts(255, 115)).isTrue();
        assertThat(slot.accepts(256, 115)).isFalse();
    }

    @Test
    void unknownProfileNamesTheKnownOnes() {
        assertThatThrownBy(() -> registry.get("nope"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("Unknown profile 'nope'")
                .hasMessageContaining("appsource-d365-ce-2019");
    }

    @Test
    void userProfileFileIsLoadedAndReplacesBuiltInOfTheSameId(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"id": "my-store", "version": 1, "title": "My store", "verifiedOn": "2026-11-01",
                 "sources": [{"document": "Our wiki", "date": "2026-10-01"}],
                 "imageSlots": [{"id": "icon-64", "width": 64, "height": 64, "required": true}],
                 "checklist": [{"id": "icon", "group": "collateral", "title": "Icon", "kind": "automatic",
                                "rule": "logo-slot", "target": "icon-64"}]}
                """);
        Profile profile = registry.load(file);
        assertThat(profile.imageSlots()).singleElement().extracting(ImageSlot::width).isEqualTo(64);
        assertThat(registry.find("my-store")).contains(profile);
    }

    @Test
    void brokenProfileFilesGetAClearMessage(@TempDir Path dir) throws IOException {
        Path notJson = Files.writeString(dir.resolve("a.json"), "{ \"id\": \"x\", ");
        assertThatThrownBy(() -> registry.load(notJson)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("a.json is not a valid profile");
        Path noDate = Files.writeString(dir.resolve("b.json"), "{\"id\": \"x\", \"title\": \"X\"}");
        assertThatThrownBy(() -> registry.load(noDate)).hasMessageContaining("verifiedOn");
        Path twice = Files.writeString(dir.resolve("c.json"), """
                {"id": "x", "title": "X", "verifiedOn": "2026-01-01",
                 "imageSlots": [{"id": "a", "width": 1, "height": 1}, {"id": "a", "width": 2, "height": 2}]}""");
        assertThatThrownBy(() -> registry.load(twice)).hasMessageContaining("image slot id 'a' appears twice");
        Path badSlot = Files.writeString(dir.resolve("d.json"), """
                {"id": "x", "title": "X", "verifiedOn": "2026-01-01", "imageSlots": [{"id": "a", "width": 0, "height": 1}]}""");
        assertThatThrownBy(() -> registry.load(badSlot)).hasMessageContaining("positive width");
        assertThatThrownBy(() -> registry.load(dir.resolve("missing.json"))).hasMessageContaining("does not exist");
    }

    @Test
    void theSeedsProfileTakesItsStorefrontsScreenshotsAndVideos() {
        Profile profile = registry.defaultProfile();
        MediaGroup shots = profile.mediaGroup(MediaKind.SCREENSHOT).orElseThrow();
        assertThat(shots).extracting(MediaGroup::width, MediaGroup::height, MediaGroup::formats, MediaGroup::minCount,
                MediaGroup::maxCount, MediaGroup::maxBytes).containsExactly(1280, 720, List.of("png"), 0, 5, null);
        MediaGroup videos = profile.mediaGroup(MediaKind.VIDEO).orElseThrow();
        assertThat(videos).extracting(MediaGroup::width, MediaGroup::height, MediaGroup::minCount, MediaGroup::maxCount,
                MediaGroup::hosts).containsExactly(1280, 720, 0, 4, List.of("youtube", "vimeo"));
        assertThat(videos.help()).contains("play icon");
    }

    @Test
    void partnerCenterAsksForOneToFiveCaptionedScreenshots() {
        Profile profile = registry.find("partner-center-d365").orElseThrow();
        MediaGroup shots = profile.mediaGroup(MediaKind.SCREENSHOT).orElseThrow();
        assertThat(shots).extracting(MediaGroup::sizeText, MediaGroup::countText, MediaGroup::captionRequired)
                .containsExactly("1280x720", "1-5", true);
        assertThat(profile.mediaGroup(MediaKind.VIDEO).orElseThrow().countText()).isEqualTo("up to 4");
    }

    @Test
    void aBrokenMediaGroupIsNamedInTheMessage(@TempDir Path dir) throws IOException {
        Path noMax = Files.writeString(dir.resolve("m.json"), """
                {"id": "x", "title": "X", "verifiedOn": "2026-01-01",
                 "media": [{"id": "shots", "kind": "screenshot", "width": 1280, "height": 720, "minCount": 3}]}""");
        assertThatThrownBy(() -> registry.load(noMax)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("media group shots needs 0 <= minCount <= maxCount");
        Path badKind = Files.writeString(dir.resolve("k.json"), """
                {"id": "x", "title": "X", "verifiedOn": "2026-01-01",
                 "media": [{"id": "shots", "kind": "gif", "width": 1280, "height": 720, "maxCount": 5}]}""");
        assertThatThrownBy(() -> registry.load(badKind)).hasMessageContaining("\"kind\" must be one of screenshot, video");
    }

    @Test
    void oneBuiltInProfileReadAloneIsTheRegistrysAndAnUnknownOneGetsTheSameMessage() throws Exception {
        ProfileRegistry all = ProfileRegistry.builtIn();
        for (String id : all.ids()) {
            assertThat(ProfileRegistry.builtIn(id)).isEqualTo(all.get(id));
        }
        assertThatThrownBy(() -> ProfileRegistry.builtIn("nope"))
                .hasMessage(Assertions.catchThrowable(() -> all.get("nope")).getMessage());
    }
}
