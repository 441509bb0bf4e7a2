package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
    @TempDir
    Path dir;

    private Project sample() {
        return Project.empty("appsource-d365-ce-2019")
                .withAppName("Contoso")
                .withSummary("Short")
                .withDescription(new Description(DescriptionFormat.HTML, "<p>Hi</p>"))
                .withKeywords(List.of("a", "b"))
                .withLogo(LogoSettings.empty().withSource(dir.resolve("art/logo.png").toString())
                        .withSlot("small-40x40", SlotSettings.none().withSource(dir.resolve("art/mark.png").toString())
                                .withPaddingPercent(10.0)))
                .withDocuments("terms-of-use", List.of(DocumentRef.ofUrl("https://contoso.example/terms")))
                .withDocuments("privacy-policy", List.of(DocumentRef.ofFile(dir.resolve("legal/privacy.pdf").toString())))
                .withLink("help", "https://contoso.example/help")
                .withAttestation("aad-sso", new Attestation(true, "app id 1", LocalDate.of(2026, 1, 2)));
    }

    @Test
    void roundTripKeepsEveryFieldAndStoresPathsRelativeToTheFile() throws Exception {
        Project project = sample();
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(project, file);

        String text = Files.readString(file);
        assertThat(text).contains("\"format\" : \"offerkit-project\"")
                .contains("\"source\" : \"art/logo.png\"")
                .contains("\"file\" : \"legal/privacy.pdf\"")
                .doesNotContain(dir.toString());
        assertThat(ProjectFiles.read(file)).isEqualTo(project);
    }

    @Test
    void listingDetailsAreKeptReadablyAndLeftOutWhenThereAreNone() throws Exception {
        Path plain = dir.resolve("plain.offerkit");
        ProjectFiles.write(sample(), plain);
        assertThat(Files.readString(plain)).doesNotContain("details");

        Project project = sample().withDetails(ListingDetails.empty()
                .withText("appVersion", "2.1")
                .withContact("support", "email", "support@contoso.example")
                .withContact("support", "name", "Dana Smith")
                .withContact("engineering", "name", "")
                .withChoices("categories", List.of(Choice.of("Analytics", "Advanced Analytics")))
                .withChoices("industries", List.of()));
        Path file = dir.resolve("details.offerkit");
        ProjectFiles.write(project, file);
        String text = Files.readString(file);
        // Sorted keys, one value a line, nothing empty written: a diff of two saves shows what the user changed.
        assertThat(text).contains("""
                "details" : {
                  "texts" : {
                    "appVersion" : "2.1"
                  },
                  "contacts" : {
                    "support" : {
                      "email" : "support@contoso.example",
                      "name" : "Dana Smith"
                    }
                  },
                  "choices" : {
                    "categories" : [ {
                      "name" : "Analytics",
                      "children" : [ "Advanced Analytics" ]
                    } ]
                  }
                }""".indent(2).stripTrailing()).doesNotContain("engineering").doesNotContain("industries");
        assertThat(ProjectFiles.read(file)).isEqualTo(project);
    }

    @Test
    void handOffTicksAreKeptSortedAndLeftOutWhenThereAreNone() throws Exception {
        Path plain = dir.resolve("plain.offerkit");
        ProjectFiles.write(sample(), plain);
        assertThat(Files.readString(plain)).doesNotContain("handoff");

        Project project = sample().withHandoff("offer-listing/summary", true).withHandoff("offer-listing/name", true)
                .withHandoff("properties/categories", true).withHandoff("properties/categories", false);
        Path file = dir.resolve("ticks.offerkit");
        ProjectFiles.write(project, file);
        assertThat(Files.readString(file)).contains("""
                "handoff" : [ "offer-listing/name", "offer-listing/summary" ]""".indent(2).stripTrailing());
        assertThat(ProjectFiles.read(file)).isEqualTo(project);
        assertThat(ProjectFiles.read(file).handoff()).containsExactly("offer-listing/name", "offer-listing/summary");
    }

    @Test
    void movedProjectFolderStillResolvesItsFiles(@TempDir Path elsewhere) throws Exception {
        Path file = DemoProject.write(dir.resolve("demo"));
        Path moved = Files.move(dir.resolve("demo"), elsewhere.resolve("moved"));
        Project project = ProjectFiles.read(moved.resolve(file.getFileName()));
        assertThat(Path.of(project.logo().source())).isEqualTo(moved.resolve("logo.png"));
        assertThat(Path.of(project.logo().source())).isRegularFile();
    }

    @Test
    void filesBesideTheProjectFolderAreStoredWithDotDotSoTheTreeMovesAsAWhole(@TempDir Path elsewhere) throws Exception {
        Path tree = dir.resolve("tree");
        Path logo = Files.write(Files.createDirectories(tree.resolve("brand")).resolve("logo.png"), new byte[] {1});
        Path pdf = Files.write(Files.createDirectories(tree.resolve("shared/legal")).resolve("terms.pdf"), new byte[] {2});
        Project project = Project.empty("appsource-d365-ce-2019")
                .withLogo(LogoSettings.empty().withSource(logo.toString()))
                .withDocuments("terms-of-use", List.of(DocumentRef.ofFile(pdf.toString())));
        Path file = tree.resolve("projects/contoso/offer.offerkit");
        ProjectFiles.write(project, file);

        assertThat(Files.readString(file)).contains("\"source\" : \"../../brand/logo.png\"")
                .contains("\"file\" : \"../../shared/legal/terms.pdf\"")
                .doesNotContain(dir.toString());
        Path moved = Files.move(tree, elsewhere.resolve("moved"));
        Project reopened = ProjectFiles.read(moved.resolve("projects/contoso/offer.offerkit"));
        assertThat(Path.of(reopened.logo().source())).isEqualTo(moved.resolve("brand/logo.png")).isRegularFile();
        assertThat(Path.of(reopened.documents("terms-of-use").get(0).file()))
                .isEqualTo(moved.resolve("shared/legal/terms.pdf")).isRegularFile();
    }

    @Test
    void anOlderFileWithAbsolutePathsStillOpens() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), new byte[] {1});
        Path file = Files.writeString(Files.createDirectories(dir.resolve("p")).resolve("old.offerkit"),
                "{\"format\": \"offerkit-project\", \"formatVersion\": 1, \"profileId\": \"appsource-d365-ce-2019\","
                        + " \"logo\": {\"source\": " + Json.mapper().writeValueAsString(logo.toString()) + "}}");
        assertThat(Path.of(ProjectFiles.read(file).logo().source())).isEqualTo(logo);
    }

    @Test
    void savingTwiceGivesTheSameBytes() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(sample(), file);
        byte[] first = Files.readAllBytes(file);
        ProjectFiles.write(ProjectFiles.read(file), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
    }

    @Test
    void brokenFilesAreRefusedWithAMessageNamingTheProblem() throws IOException {
        assertThatThrownBy(() -> ProjectFiles.read(write("a.offerkit", "{\"format\": \"offerkit-project\", \"appName\": ")))
                .isInstanceOf(ProjectException.class).hasMessageStartingWith("a.offerkit is damaged at line 1");
        assertThatThrownBy(() -> ProjectFiles.read(write("b.offerkit", "[1, 2]")))
                .hasMessageContaining("b.offerkit is not an OfferKit project");
        assertThatThrownBy(() -> ProjectFiles.read(write("c.offerkit", "{\"format\": \"something-else\"}")))
                .hasMessageContaining("its \"format\" is not \"offerkit-project\"");
        assertThatThrownBy(() -> ProjectFiles.read(write("d.offerkit", "{\"format\": \"offerkit-project\", \"formatVersion\": 99, \"profileId\": \"x\"}")))
                .hasMessageContaining("newer OfferKit");
        assertThatThrownBy(() -> ProjectFiles.read(write("e.offerkit", "{\"format\": \"offerkit-project\"}")))
                .hasMessageContaining("names no requirement profile");
        assertThatThrownBy(() -> ProjectFiles.read(write("f.offerkit", "{\"format\": \"offerkit-project\", \"profileId\": \"x\", \"logo\": {\"defaults\": {\"fit\": \"SQUASH\"}}}")))
                .hasMessageContaining("f.offerkit is damaged").hasMessageContaining("SQUASH");
        assertThatThrownBy(() -> ProjectFiles.read(write("g.offerkit", "[".repeat(10_000))))
                .isInstanceOf(ProjectException.class).hasMessageContaining("g.offerkit");
        assertThatThrownBy(() -> ProjectFiles.read(write("h.offerkit", "")))
                .isInstanceOf(ProjectException.class);
        assertThatThrownBy(() -> ProjectFiles.read(dir.resolve("missing.offerkit")))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("offer.offerkit");
        ProjectFiles.write(sample(), file);
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"format\": \"offerkit-pro".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        })).hasMessageContaining("disk full");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("offer.offerkit");
        }
    }

    @Test
    void savingIntoAFolderThatCannotBeCreatedFailsClearly() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        assertThatThrownBy(() -> ProjectFiles.write(sample(), blocker.resolve("offer.offerkit")))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("Could not save")
                .hasMessageContaining("previous version of the file is unchanged");
    }

    @Test
    void aFileWrittenBeforeSharpeningExistedLoadsWithSharpeningOff() throws Exception {
        // The logo part of a project saved by an earlier version: no "sharpen" anywhere.
        Path old = write("old.offerkit", """
                {
                  "format" : "offerkit-project",
                  "formatVersion" : 1,
                  "profileId" : "appsource-d365-ce-2019",
                  "logo" : {
                    "source" : "logo.png",
                    "defaults" : { "fit" : "CONTAIN", "paddingPercent" : 4.0, "background" : "transparent",
                                   "trim" : true, "alignment" : "CENTER", "focusX" : 0.5, "focusY" : 0.5 },
                    "slots" : { "small-40x40" : { "paddingPercent" : 0.0 } }
                  }
                }
                """);
        LogoSettings logo = ProjectFiles.read(old).logo();
        assertThat(logo.defaults().sharpen()).isFalse();
        assertThat(logo.slots().get("small-40x40").sharpen()).isNull(); // follows the defaults
        assertThat(logo.settingsFor("small-40x40").sharpen()).isFalse();
        assertThat(logo.settingsFor("wide-255x115").sharpen()).isFalse();
        assertThat(logo.settingsFor("small-40x40").paddingPercent()).isEqualTo(0.0);
    }

    @Test
    void sharpeningForOneSlotIsSavedAndReadBack() throws Exception {
        Project project = sample().withLogo(sample().logo()
                .withSlot("small-40x40", SlotSettings.none().withSharpen(true)));
        Path file = dir.resolve("sharp.offerkit");
        ProjectFiles.write(project, file);
        assertThat(Files.readString(file)).contains("\"sharpen\" : true").contains("\"sharpen\" : false");
        Project read = ProjectFiles.read(file);
        assertThat(read).isEqualTo(project);
        assertThat(read.logo().settingsFor("small-40x40").sharpen()).isTrue();
        assertThat(read.logo().settingsFor("medium-90x90").sharpen()).isFalse();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
