package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings per language in the project file: the primary language stays at the top level, so a file written before
 * listings existed saves byte for byte; further languages are one sorted "listings" object keyed by lower-case tag.
 */
class ListingsFileTest {
    /** The Teams demo (media, details, videos) as the version before listings per language saved it. */
    private static final String WRITTEN_BEFORE = "written-before-listings.offerkit";

    @TempDir
    Path dir;

    private byte[] oldBytes() throws Exception {
        try (InputStream in = ListingsFileTest.class.getResourceAsStream(WRITTEN_BEFORE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aSingleLanguageFileWrittenBeforeListingsOpensAndSavesByteForByte() throws Exception {
        byte[] before = oldBytes();
        Path file = Files.write(dir.resolve("offer.offerkit"), before);
        Project project = ProjectFiles.read(file);
        assertThat(project.listings()).isEmpty();
        assertThat(ProjectListings.languages(project)).containsExactly("en");
        assertThat(ProjectListings.listing(project, "en").orElseThrow().captions())
                .hasSize(project.media().screenshots().size()).first().isEqualTo("See every route of the day on one live map");
        ProjectFiles.write(project, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void furtherListingsAreWrittenLastSortedByTagAndReadBack() throws Exception {
        Path file = Files.write(dir.resolve("offer.offerkit"), oldBytes());
        Project project = ProjectFiles.read(file);
        Listing german = new Listing("Contoso Routenplaner", "Routen planen", new Description(DescriptionFormat.MARKDOWN,
                "## Touren\n"), List.of("routen"), List.of("Alle Routen des Tages"), List.of());
        Listing french = Listing.empty().withAppName("Planificateur");
        Project two = ProjectListings.with(ProjectListings.with(project, "fr-FR", french), "de-de", german);

        ProjectFiles.write(two, file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\"listings\" : {\n    \"de-de\" : {");
        assertThat(text.indexOf("\"de-de\"")).isLessThan(text.indexOf("\"fr-fr\""));
        assertThat(text.indexOf("\"listings\"")).isGreaterThan(text.indexOf("\"details\""));
        assertThat(text).doesNotContain("videoNames");
        Project read = ProjectFiles.read(file);
        assertThat(read).isEqualTo(two);
        assertThat(ProjectListings.languages(read)).containsExactly("en", "de-de", "fr-fr");
        assertThat(ProjectListings.listing(read, "DE-de")).contains(german);

        Project back = ProjectListings.without(ProjectListings.without(read, "fr-fr"), "de-de");
        ProjectFiles.write(back, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(oldBytes());
    }

    @Test
    void thePrimaryListingIsTheTopLevelFieldsAndItsCaptionsTheSharedScreenshots() throws Exception {
        Project project = ProjectFiles.read(Files.write(dir.resolve("offer.offerkit"), oldBytes()));
        Listing primary = ProjectListings.listing(project, "en").orElseThrow();
        Project edited = ProjectListings.with(project, "en", primary.withSummary("New summary")
                .withCaptions(List.of("First", "Second")));
        assertThat(edited.summary()).isEqualTo("New summary");
        assertThat(edited.media().screenshots()).extracting(Screenshot::caption).startsWith("First", "Second");
        assertThat(edited.media().screenshots().get(2).caption()).isEmpty();
        assertThat(edited.listings()).isEmpty();
        assertThatThrownBy(() -> ProjectListings.without(project, "en")).hasMessageContaining("primary language");
    }

    @Test
    void choosingALanguageThatHasAListingMakesItThePrimaryOneAndKeepsTheFormer() throws Exception {
        Project project = ProjectFiles.read(Files.write(dir.resolve("offer.offerkit"), oldBytes()));
        Listing german = Listing.empty().withAppName("Routenplaner").withCaptions(List.of("Touren"));
        Project two = ProjectListings.with(project, "de-de", german);
        Project switched = two.withLanguage("de-DE");
        assertThat(switched.language()).isEqualTo("de-de");
        assertThat(switched.appName()).isEqualTo("Routenplaner");
        assertThat(switched.media().screenshots().get(0).caption()).isEqualTo("Touren");
        assertThat(switched.listings()).containsOnlyKeys("en");
        assertThat(ProjectListings.listing(switched, "en")).isEqualTo(ProjectListings.listing(two, "en"));
        assertThat(switched.withLanguage("en")).as("and back: the same, captions and names one per item").isEqualTo(two.withListings(
                java.util.Map.of("de-de", german.withCaptions(List.of("Touren", "", "")).withVideoNames(List.of("")))));
    }

    @Test
    void aListingKeyThatIsNoLowerCaseTagOrThePrimaryLanguageIsADamagedFile() throws Exception {
        assertThatThrownBy(() -> ProjectFiles.read(write("a.offerkit", listings("German"))))
                .isInstanceOf(ProjectException.class).hasMessageContaining("a.offerkit is damaged")
                .hasMessageContaining("\"German\"");
        assertThatThrownBy(() -> ProjectFiles.read(write("b.offerkit", listings("de-DE"))))
                .hasMessageContaining("lower case");
        assertThatThrownBy(() -> ProjectFiles.read(write("c.offerkit", listings("en"))))
                .hasMessageContaining("primary language");
        assertThat(ProjectFiles.read(write("d.offerkit", listings("de-de"))).listings()).containsOnlyKeys("de-de");
    }

    @Test
    void languageTagsAreLowerCaseBcp47WithTheirEnglishNames() {
        assertThat(LanguageTag.of("de-DE").value()).isEqualTo("de-de");
        assertThat(LanguageTag.of("de-de").displayName()).isEqualTo("German (Germany)");
        assertThat(LanguageTag.of("zh-Hans").value()).isEqualTo("zh-hans");
        assertThat(LanguageTag.isTag("en-us")).isTrue();
        assertThat(LanguageTag.isTag("en-US")).isFalse();
        assertThat(LanguageTag.isTag("german")).isFalse();
        assertThat(LanguageTag.isTag("xx-de")).isFalse();
        assertThat(LanguageTag.isTag("de-xx")).isFalse();
        assertThat(LanguageTag.isTag("de_de")).isFalse();
        assertThatThrownBy(() -> LanguageTag.of("ge-de")).hasMessage("\"ge-de\" is not a language tag: \"ge\" is no ISO 639 language");
    }

    private static String listings(String key) {
        return "{\"format\": \"offerkit-project\", \"profileId\": \"teams-app\", \"language\": \"en\","
                + " \"listings\": {\"" + key + "\": {\"appName\": \"x\"}}}";
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

}
