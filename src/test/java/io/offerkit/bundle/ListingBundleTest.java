package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.common.Json;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Listing;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle per language: a folder per further language, offer.json saying what each holds. */
class ListingBundleTest {
    @TempDir
    Path dir;

    @Test
    void aSingleLanguageProjectsBundleIsByteForByteWhatItWasBeforeListingsPerLanguage() throws Exception {
        byte[] before;
        // written by OfferKit before listings per language (commit 4cbc90a), as tool version "test", plus the one
        // entry the store preview added in the meantime (preview.html: the only difference, checked on merging); it
        // holds the SHA-256 of every other file of the bundle, so equal bytes here mean the whole bundle is unchanged
        try (InputStream in = ListingBundleTest.class.getResourceAsStream("single-language-offer.json")) {
            before = in.readAllBytes();
        }
        assertThat(new String(TextOnlyProject.offerJson(TextOnlyProject.project(), dir.resolve("b")), StandardCharsets.UTF_8))
                .isEqualTo(new String(before, StandardCharsets.UTF_8));
    }

    @Test
    void eachFurtherLanguageHasItsFolderAndOfferJsonListsTheLanguagesAndWhatEachHolds() throws Exception {
        Listing german = new Listing("Contoso Touren", "", new Description(DescriptionFormat.MARKDOWN,
                "## Touren\n\nJeden Besuch planen.\n"), List.of("touren"), List.of(), List.of());
        Project project = ProjectListings.with(TextOnlyProject.project(), "de-de", german);
        Path bundle = dir.resolve("b");
        JsonNode offer = Json.mapper().readTree(TextOnlyProject.offerJson(project, bundle));

        assertThat(Files.readString(bundle.resolve("listings/de-de/description.html")))
                .as("rendered as the primary's is: Teams takes plain text").isEqualTo("Touren\nJeden Besuch planen.\n");
        assertThat(Files.readString(bundle.resolve("listings/de-de/description.md"))).isEqualTo(german.description().source());
        JsonNode listings = offer.get("listings");
        assertThat(listings).hasSize(2);
        assertThat(listings.get(0).get("language").asText()).isEqualTo("en");
        assertThat(listings.get(0).get("primary").asBoolean()).isTrue();
        assertThat(listings.get(0).get("files").toString())
                .isEqualTo("[\"description/description.html\",\"description/description.md\"]");
        JsonNode de = listings.get(1);
        assertThat(de.get("language").asText()).isEqualTo("de-de");
        assertThat(de.get("name").asText()).isEqualTo("German (Germany)");
        assertThat(de.get("appName").asText()).isEqualTo("Contoso Touren");
        assertThat(de.get("files").toString())
                .isEqualTo("[\"listings/de-de/description.html\",\"listings/de-de/description.md\"]");
        List<String> listed = new ArrayList<>();
        offer.get("files").forEach(f -> listed.add(f.get("path").asText()));
        assertThat(listed).contains("listings/de-de/description.html", "listings/de-de/description.md");

        List<String> summaries = new ArrayList<>();
        for (JsonNode item : offer.get("checklist")) {
            if (item.get("id").asText().contains("summary")) {
                summaries.add(item.get("language").asText() + " " + item.get("state").asText());
            }
            if (item.get("id").asText().endsWith("-link")) {
                assertThat(item.has("language")).as("a shared item names no language").isFalse();
            }
        }
        assertThat(summaries).contains("en pass", "de-de fail");
        assertThat(BundleVerifier.verify(BundleReader.read(bundle), io.offerkit.profile.ProfileRegistry.builtIn())
                .fileProblems()).isEmpty();
    }
}
