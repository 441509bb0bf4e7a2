package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's logo or documents replaced, truncated or deleted on disk while it is open (a designer saving a new
 * logo over the old one, a sync client, a half-finished copy): the export reads each file once, renders, checks,
 * copies and hashes those same bytes, so {@code offer.json}, the checklist and the files never disagree, and a
 * missing file stops the export with a message and nothing written.
 */
class FilesChangedOnDiskExportTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final Profile PROFILE = PROFILES.defaultProfile();

    @TempDir
    Path dir;
    Path projectFile;
    Project demo;

    @BeforeEach
    void writeDemo() throws Exception {
        projectFile = DemoProject.write(dir.resolve("demo"));
        demo = ProjectFiles.read(projectFile);
    }

    private Path logo() {
        return Path.of(demo.logo().source());
    }

    private Path guide() {
        return Path.of(demo.documents("supporting").get(0).file());
    }

    private static byte[] redSquare() {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        return PngEncoder.encode(image);
    }

    @Test
    void aFileReplacedAfterTheExportReadItDoesNotLeakIntoTheBundle() throws Exception {
        byte[] logoAsRead = Files.readAllBytes(logo());
        byte[] guideAsRead = Files.readAllBytes(guide());
        Exporter.Prepared prepared = Exporter.prepare(PROFILE, demo);

        // Another program replaces the logo and truncates the guide while the export is under way.
        Files.write(logo(), redSquare());
        Files.write(guide(), Arrays.copyOf(guideAsRead, guideAsRead.length / 3));
        Path zip = Exporter.export(demo, prepared, "test", dir.resolve("out.zip"), ExportProgress.NONE);

        Bundle bundle = BundleReader.read(zip);
        assertThat(bundle.file("sources/logo.png")).isEqualTo(logoAsRead);
        assertThat(bundle.file("documents/getting-started.pdf")).isEqualTo(guideAsRead);
        assertThat(bundle.file("logos/small-40x40.png"))
                .isEqualTo(PngEncoder.encode(prepared.logos().slot("small-40x40").orElseThrow().image()));
        assertThat(BundleVerifier.verify(bundle, PROFILES).fileProblems()).isEmpty();
        // Each of the eight files (logo, terms, privacy, guide, the three captures and the video's thumbnail) was read
        // from disk exactly once.
        assertThat(prepared.files().diskReads()).isEqualTo(8);
    }

    @Test
    void aLogoReplacedBeforeExportIsExportedAsItIsNowLogosAndSourceAlike() throws Exception {
        byte[] red = redSquare();
        Files.write(logo(), red);

        Exporter.Prepared prepared = Exporter.prepare(PROFILE, demo);
        Path zip = Exporter.export(demo, prepared, "test", dir.resolve("out.zip"), ExportProgress.NONE);

        Bundle bundle = BundleReader.read(zip);
        assertThat(bundle.file("sources/logo.png")).isEqualTo(red);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(
                bundle.file("logos/small-40x40.png")));
        assertThat(small.getRGB(20, 20) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertShaOfEveryFileMatches(bundle);
        assertThat(BundleVerifier.verify(bundle, PROFILES).fileProblems()).isEmpty();
    }

    @Test
    void aTruncatedDocumentIsReportedFromTheBytesThatAreBundled() throws Exception {
        byte[] pdf = Files.readAllBytes(guide());
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        Files.write(guide(), truncated);

        Exporter.Prepared prepared = Exporter.prepare(PROFILE, demo);
        CheckResult supporting = prepared.report().results().stream()
                .filter(r -> r.item().id().equals("supporting-documents")).findFirst().orElseThrow();
        assertThat(supporting.state()).isEqualTo(CheckState.FAIL);
        // PDFBox reads a PDF cut to a third leniently: it opens, with no pages.
        assertThat(supporting.message()).contains("getting-started.pdf has no pages");
        Path zip = Exporter.export(demo, prepared, "test", dir.resolve("out.zip"), ExportProgress.NONE);

        Bundle bundle = BundleReader.read(zip);
        assertThat(bundle.file("documents/getting-started.pdf")).isEqualTo(truncated);
        JsonNode offer = Json.mapper().readTree(bundle.file("offer.json"));
        assertThat(offer.path("draft").asBoolean()).isTrue();
        assertThat(offer.path("checklist").toString()).contains("getting-started.pdf has no pages");
        assertShaOfEveryFileMatches(bundle);
        // verify re-checks the same bytes and comes to the same verdict on the document.
        BundleVerifier.Verification verification = BundleVerifier.verify(bundle, PROFILES);
        assertThat(verification.fileProblems()).isEmpty();
        assertThat(verification.checks().results()).extracting(CheckResult::message)
                .contains(supporting.message());
    }

    @Test
    void aDeletedLogoIsReportedAndTheExportWritesNothing() throws Exception {
        Files.delete(logo());

        Exporter.Prepared prepared = Exporter.prepare(PROFILE, demo);
        assertThat(prepared.logos().problems().values()).allSatisfy(p -> assertThat(p).contains("does not exist"));
        assertThatThrownBy(() -> Exporter.export(demo, prepared, "test", dir.resolve("out.zip"), ExportProgress.NONE))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("logo.png is missing")
                .hasMessageContaining("Nothing was written");
        assertThat(dir.resolve("out.zip")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("demo");
        }
    }

    @Test
    void theCommandLineExportAndTheOldEntryPointAgreeWithPrepare() throws Exception {
        Path viaPrepare = Exporter.export(demo, Exporter.prepare(PROFILE, demo), "test", dir.resolve("a.zip"),
                ExportProgress.NONE);
        Path viaLogos = Exporter.export(PROFILE, demo, LogoSetRenderer.render(PROFILE, demo.logo()), "test",
                dir.resolve("b.zip"), ExportProgress.NONE);
        assertThat(Files.readAllBytes(viaPrepare)).isEqualTo(Files.readAllBytes(viaLogos));
    }

    private static void assertShaOfEveryFileMatches(Bundle bundle) throws Exception {
        JsonNode offer = Json.mapper().readTree(bundle.file("offer.json"));
        for (JsonNode file : offer.path("files")) {
            byte[] bytes = bundle.file(file.path("path").asText());
            assertThat(bytes).as(file.path("path").asText()).isNotNull();
            assertThat(Digests.sha256(bytes)).as(file.path("path").asText()).isEqualTo(file.path("sha256").asText());
            assertThat((long) bytes.length).isEqualTo(file.path("bytes").asLong());
        }
    }
}
