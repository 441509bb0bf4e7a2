package io.offerkit.cli;

import static io.offerkit.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.cli.CliTest.Run;
import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Listing;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.ProjectListings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerkit listing export/import}: the translators' text folder, its round trip and its refusals. */
class ListingCliTest {
    private static final String GERMAN_SUMMARY = "Touren für Techniker in Minuten planen – aus Dynamics 365-Aufträgen.";

    @TempDir
    Path dir;

    /** The Teams demo (several languages) with a German listing added by importing a de-de folder. */
    private Path teamsWithGerman() throws Exception {
        Path project = DemoProject.write(dir.resolve("demo"), ProfileRegistry.builtIn("teams-app"));
        Path german = Files.createDirectories(dir.resolve("new/de-de"));
        Files.writeString(german.resolve("name.txt"), "Contoso Routenplaner\n", StandardCharsets.UTF_8);
        Files.writeString(german.resolve("summary.txt"), "Touren planen.\n", StandardCharsets.UTF_8);
        Files.writeString(german.resolve("screenshots.txt"), "Alle Touren des Tages\nEin Auftrag\n", StandardCharsets.UTF_8);
        Run added = run("listing", "import", dir.resolve("new").toString(), project.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("de-de: added");
        return project;
    }

    @Test
    void exportWritesOneFolderPerLanguageWithTheFieldFiles() throws Exception {
        Path project = teamsWithGerman();
        Run export = run("listing", "export", "--out", dir.resolve("texts").toString(), project.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        Map<String, String> files = texts(dir.resolve("texts"));
        assertThat(files).containsOnlyKeys("en/name.txt", "en/summary.txt", "en/description.md", "en/keywords.txt",
                "en/screenshots.txt", "en/videos.txt", "de-de/name.txt", "de-de/summary.txt", "de-de/description.md",
                "de-de/keywords.txt", "de-de/screenshots.txt", "de-de/videos.txt");
        assertThat(files.get("en/name.txt")).isEqualTo("Contoso Route Planner\n");
        assertThat(files.get("en/keywords.txt")).isEqualTo("field service\nrouting\nscheduling\n");
        assertThat(files.get("en/screenshots.txt").lines()).hasSize(3).first()
                .isEqualTo("See every route of the day on one live map");
        assertThat(files.get("de-de/screenshots.txt")).isEqualTo("Alle Touren des Tages\nEin Auftrag\n");
        assertThat(files.get("de-de/description.md")).isEqualTo("\n");
    }

    @Test
    void roundTripAnEditedGermanSummaryComesBackAndExportsToTheSameBytes() throws Exception {
        Path project = teamsWithGerman();
        Project before = ProjectFiles.read(project);
        Path texts = dir.resolve("texts");
        assertThat(run("listing", "export", "--out", texts.toString(), project.toString()).exit()).isZero();
        Files.writeString(texts.resolve("de-de/summary.txt"), GERMAN_SUMMARY + "\n", StandardCharsets.UTF_8);

        Run imported = run("listing", "import", texts.toString(), project.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("de-de: summary");
        Listing german = ProjectListings.listing(before, "de-de").orElseThrow();
        assertThat(ProjectFiles.read(project))
                .isEqualTo(ProjectListings.with(before, "de-de", german.withSummary(GERMAN_SUMMARY)));

        Path again = dir.resolve("again");
        assertThat(run("listing", "export", "--out", again.toString(), project.toString()).exit()).isZero();
        assertThat(texts(again)).isEqualTo(texts(texts));
        assertThat(Files.readAllBytes(again.resolve("de-de/summary.txt")))
                .isEqualTo((GERMAN_SUMMARY + "\n").getBytes(StandardCharsets.UTF_8));
        // exporting into the same folder again writes the same bytes over themselves
        assertThat(run("listing", "export", "--out", texts.toString(), project.toString()).exit()).isZero();
    }

    @Test
    void importingAnUnchangedExportLeavesTheProjectFileByteIdentical() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        assertThat(run("listing", "export", "--out", dir.resolve("texts").toString(), project.toString()).exit()).isZero();
        Run imported = run("listing", "import", dir.resolve("texts").toString(), project.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Nothing changed");
        assertThat(Files.readAllBytes(project)).isEqualTo(bytes);
    }

    @Test
    void aSingleLanguageD365ProjectRoundTripsButRefusesASecondLanguage() throws Exception {
        Path project = DemoProject.write(dir.resolve("demo"), ProfileRegistry.builtIn("partner-center-d365"));
        byte[] bytes = Files.readAllBytes(project);
        Path texts = dir.resolve("texts");
        assertThat(run("listing", "export", "--out", texts.toString(), project.toString()).exit()).isZero();
        assertThat(texts(texts).keySet()).allMatch(f -> f.startsWith("en/"));
        assertThat(run("listing", "import", texts.toString(), project.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(project)).isEqualTo(bytes);

        Files.writeString(Files.createDirectories(texts.resolve("de-de")).resolve("summary.txt"), "Touren planen.\n");
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "de-de would add a listing in German (Germany); the offer type \"Partner Center: Dynamics 365 app on"
                        + " Dataverse / Power Apps\" takes one listing language; nothing was imported.");
    }

    @Test
    void aFolderThatIsNoLanguageTagIsRefused() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        Path texts = exported(project);
        Files.createDirectories(texts.resolve("German"));
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "German is not a language folder: the text folder holds one folder per language, named by its tag");
    }

    @Test
    void aFileThatIsNotUtf8TextIsRefusedButUtf16WithItsByteOrderMarkIsRead() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        Path texts = exported(project);
        Path summary = texts.resolve("de-de/summary.txt");
        Files.write(summary, GERMAN_SUMMARY.getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "de-de/summary.txt is not UTF-8 text; save it as UTF-8 (or UTF-16 with its byte-order mark).");
        Files.write(summary, GERMAN_SUMMARY.getBytes(StandardCharsets.UTF_16LE)); // no byte-order mark: not read
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes, "is not UTF-8 text");

        Files.write(summary, (GERMAN_SUMMARY + "\r\n").getBytes(StandardCharsets.UTF_16)); // big-endian, with its mark
        Run imported = run("listing", "import", texts.toString(), project.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(ProjectListings.listing(ProjectFiles.read(project), "de-de").orElseThrow().summary())
                .isEqualTo(GERMAN_SUMMARY);
    }

    @Test
    void aFileOverItsFieldsHardSizeIsRefused() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        Path texts = exported(project);
        Files.writeString(texts.resolve("de-de/summary.txt"), "Touren ".repeat(3000));
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "de-de/summary.txt is 20.5 KB; summary.txt holds at most 16.0 KB (the summary).");
    }

    @Test
    void anUnknownFieldFileIsRefused() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        Path texts = exported(project);
        Files.writeString(texts.resolve("de-de/title.txt"), "Routenplaner\n");
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "de-de/title.txt is not a listing field: a language folder holds name.txt, summary.txt,"
                        + " description.md, description.html, keywords.txt, screenshots.txt, videos.txt;"
                        + " nothing was imported.");
    }

    @Test
    void moreCaptionsThanScreenshotsAreRefused() throws Exception {
        Path project = teamsWithGerman();
        byte[] bytes = Files.readAllBytes(project);
        Path texts = exported(project);
        Files.writeString(texts.resolve("de-de/summary.txt"), "Geändert\n");
        Files.writeString(texts.resolve("de-de/screenshots.txt"), "1\n2\n3\n4\n");
        assertRefused(run("listing", "import", texts.toString(), project.toString()), project, bytes,
                "de-de/screenshots.txt has 4 captions for the project's 3 screenshots");
    }

    @Test
    void exportNeverWritesOverAFileWithOtherText() throws Exception {
        Path project = teamsWithGerman();
        Path texts = exported(project);
        Files.writeString(texts.resolve("de-de/summary.txt"), "Mine\n");
        Map<String, String> before = texts(texts);
        Run export = run("listing", "export", "--out", texts.toString(), project.toString());
        assertThat(export.exit()).isEqualTo(OfferKitCommand.BAD_INPUT);
        assertThat(export.err().lines()).singleElement().asString()
                .endsWith("de-de/summary.txt already exists with other text; nothing was written. Import that folder"
                        + " first, or export into a new folder.");
        assertThat(texts(texts)).isEqualTo(before);
    }

    @Test
    void checkJudgesEachListingLanguageAndItsJsonItemsNameTheirLanguage() throws Exception {
        Path project = teamsWithGerman(); // the German listing has no description yet
        Run check = run("check", "--format", "json", project.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(OfferKitCommand.CHECKS_FAILED);
        Map<String, String> byItem = new TreeMap<>();
        for (var item : io.offerkit.common.Json.mapper().readTree(check.out()).get("items")) {
            String key = item.get("id").asText() + (item.has("language") ? "@" + item.get("language").asText() : "");
            byItem.put(key, item.get("state").asText() + " " + item.get("message").asText());
        }
        assertThat(byItem.get("description@de-de")).startsWith("fail German (Germany) (de-de): ");
        assertThat(byItem.get("description@en")).startsWith("pass");
        assertThat(byItem.get("app-name@de-de")).startsWith("pass");
        assertThat(byItem.get("screenshots-captions@de-de")).startsWith("fail German (Germany) (de-de): ");
        assertThat(byItem).containsKey("privacy-link").doesNotContainKey("privacy-link@en");
        assertThat(byItem.get("description@en")).as("no 'available only in' sentence beside a German listing")
                .doesNotContain("available only in");
        Run text = run("check", project.toString());
        assertThat(text.out()).containsPattern("FAIL +description +German \\(Germany\\) \\(de-de\\): ");
    }

    private Path exported(Path project) {
        Path texts = dir.resolve("texts");
        Run run = run("listing", "export", "--out", texts.toString(), project.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return texts;
    }

    private static void assertRefused(Run run, Path project, byte[] bytes, String message) throws IOException {
        assertThat(run.exit()).isEqualTo(OfferKitCommand.BAD_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("offerkit listing import: ")
                .contains(message);
        assertThat(Files.readAllBytes(project)).isEqualTo(bytes);
    }

    /** Every file under {@code root} by its relative path, as text. */
    private static Map<String, String> texts(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
