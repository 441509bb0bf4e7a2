package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderExporterTest {
    private static final Profile CPP = ProfileRegistry.builtIn().defaultProfile();

    @TempDir
    Path dir;
    Project demo;
    LogoSet logos;

    @BeforeEach
    void writeDemo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        logos = LogoSetRenderer.render(CPP, demo.logo());
    }

    @Test
    void exportWritesLogosDescriptionAndAProjectThatOpensFromTheExport() throws Exception {
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);

        for (var slot : CPP.imageSlots()) {
            BufferedImage png = ImageIO.read(out.resolve("logos/" + slot.id() + ".png").toFile());
            assertThat(png.getWidth()).isEqualTo(slot.width());
            assertThat(png.getHeight()).isEqualTo(slot.height());
        }
        assertThat(Files.readString(out.resolve("description/description.html"))).startsWith("<h2>Plan a day of visits in minutes</h2>");
        assertThat(out.resolve("description/description.md")).isRegularFile();
        assertThat(out.resolve("offer.json")).isRegularFile();
        assertThat(out.resolve("report.html")).isRegularFile();
        Project reopened = ProjectFiles.read(out.resolve("contoso-route-planner.offerkit"));
        assertThat(Path.of(reopened.logo().source())).startsWith(out).isRegularFile();
        assertThat(Path.of(reopened.documents("terms-of-use").get(0).file())).isEqualTo(out.resolve("legal/terms-of-use.md"));
        assertThat(Path.of(reopened.documents("supporting").get(0).file())).isEqualTo(out.resolve("documents/getting-started.pdf"));
        // The demo's captures and thumbnail travel too (sources/), so the export reopens with its media.
        assertThat(reopened.media().screenshots()).hasSameSizeAs(demo.media().screenshots())
                .allSatisfy(s -> assertThat(Path.of(s.source())).startsWith(out).isRegularFile());
        assertThat(Path.of(reopened.media().videos().get(0).thumbnail())).startsWith(out).isRegularFile();
        assertThat(reopened.withLogo(demo.logo()).withDocuments("terms-of-use", demo.documents("terms-of-use"))
                .withDocuments("privacy-policy", demo.documents("privacy-policy"))
                .withDocuments("supporting", demo.documents("supporting")).withMedia(demo.media())).isEqualTo(demo);
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.matches("[A-Za-z0-9_-]+\\.[a-z0-9]+"));
        }
    }

    @Test
    void replacingAnEarlierExportReplacesItCompletely() throws Exception {
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);
        assertThat(out.resolve("documents/getting-started.pdf")).isRegularFile();
        Project withoutSupporting = demo.withDocuments("supporting", List.of());

        FolderExporter.export(CPP, withoutSupporting, logos, out, true, ExportProgress.NONE);

        assertThat(out.resolve("documents/getting-started.pdf")).doesNotExist();
        assertThat(out.resolve("logos/small-40x40.png")).isRegularFile();
        assertNoLeftovers();
    }

    /** Issue 13, item 1: exporting into a folder of one's own files deleted them. */
    @Test
    void aFolderHoldingOtherFilesIsRefusedAndLeftAsItWas() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out/sub"));
        Files.writeString(dir.resolve("out/notes.txt"), "hi");
        Files.writeString(out.resolve("keep.txt"), "k");

        for (boolean replace : new boolean[] {false, true}) {
            assertThatThrownBy(() -> FolderExporter.export(CPP, demo, logos, dir.resolve("out"), replace, ExportProgress.NONE))
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("is not an earlier OfferKit export")
                    .hasMessageContaining("notes.txt")
                    .hasMessageContaining("Nothing was written");
        }
        assertThat(Files.readString(dir.resolve("out/notes.txt"))).isEqualTo("hi");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("k");
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "sub");
        }
        assertNoLeftovers();
    }

    @Test
    void anEarlierExportIsReplacedOnlyWhenAsked() throws Exception {
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);
        byte[] before = Files.readAllBytes(out.resolve("offer.json"));

        assertThatThrownBy(() -> FolderExporter.export(CPP, demo.withAppName("Renamed"), logos, out, ExportProgress.NONE))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("holds an earlier OfferKit export").hasMessageContaining("Nothing was written");
        assertThat(Files.readAllBytes(out.resolve("offer.json"))).isEqualTo(before);

        FolderExporter.export(CPP, demo.withAppName("Renamed"), logos, out, true, ExportProgress.NONE);
        assertThat(out.resolve("renamed.offerkit")).isRegularFile();
        assertThat(out.resolve("contoso-route-planner.offerkit")).doesNotExist();
        assertNoLeftovers();
    }

    @Test
    void aFileAddedToAnEarlierExportIsNeverDeleted() throws Exception {
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);
        Files.writeString(out.resolve("logos/my-notes.txt"), "mine");

        assertThatThrownBy(() -> FolderExporter.export(CPP, demo, logos, out, true, ExportProgress.NONE))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("logos/my-notes.txt").hasMessageContaining("Nothing was written");
        assertThat(Files.readString(out.resolve("logos/my-notes.txt"))).isEqualTo("mine");
        assertThat(out.resolve("offer.json")).isRegularFile();
        ExportTarget inTheApp = ExportTarget.inFolder(out, demo.appName());
        assertThat(inTheApp.path()).isEqualTo(out); // refused there, not nested inside
        assertThat(inTheApp.state()).isEqualTo(ExportTarget.State.OTHER_FILES);
        assertThat(inTheApp.refusal()).contains("holds an earlier OfferKit export and logos/my-notes.txt");
        assertNoLeftovers();
    }

    @Test
    void anEmptyFolderIsExportedInto() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        FolderExporter.export(CPP, demo, logos, out, ExportProgress.NONE);
        assertThat(out.resolve("offer.json")).isRegularFile();
        assertNoLeftovers();
    }

    /** The exported folder gets the permissions any new folder of the user's gets (it was 700, a temporary folder's). */
    @Test
    void theExportedFolderFollowsTheUmask() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        FolderExporter.export(CPP, demo, logos, out, true, ExportProgress.NONE);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aZipThatIsNotAnOfferKitExportIsNeverOverwritten() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.zip"), "my own archive");
        for (boolean replace : new boolean[] {false, true}) {
            assertThatThrownBy(() -> Exporter.export(CPP, demo, logos, "test", mine, replace, ExportProgress.NONE))
                    .isInstanceOf(BundleException.class)
                    .hasMessageContaining("mine.zip is not an OfferKit export").hasMessageContaining("Nothing was written");
        }
        assertThat(Files.readString(mine)).isEqualTo("my own archive");

        Path zip = Exporter.export(CPP, demo, logos, "test", dir.resolve("offer.zip"), ExportProgress.NONE);
        assertThatThrownBy(() -> Exporter.export(CPP, demo, logos, "test", zip, ExportProgress.NONE))
                .hasMessageContaining("offer.zip is an earlier OfferKit export");
        Exporter.export(CPP, demo, logos, "test", zip, true, ExportProgress.NONE);
        assertNoLeftovers();
    }

    /** The app's Export to Folder: a folder of other files gets the bundle in a new folder named after the project. */
    @Test
    void aChosenFolderOfOtherFilesGetsTheBundleInAFolderNamedAfterTheProject() throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("Desktop"));
        Files.writeString(chosen.resolve("offer.zip"), "someone's zip");

        ExportTarget first = ExportTarget.inFolder(chosen, demo.appName());
        assertThat(first.path()).isEqualTo(chosen.resolve("contoso-route-planner"));
        assertThat(first.state()).isEqualTo(ExportTarget.State.FREE);
        FolderExporter.export(CPP, demo, logos, first.path(), ExportProgress.NONE);
        assertThat(Files.readString(chosen.resolve("offer.zip"))).isEqualTo("someone's zip");

        ExportTarget again = ExportTarget.inFolder(chosen, demo.appName());
        assertThat(again.path()).isEqualTo(chosen.resolve("contoso-route-planner"));
        assertThat(again.state()).isEqualTo(ExportTarget.State.EARLIER_EXPORT);
        assertThat(ExportTarget.inFolder(first.path(), demo.appName()).path()).isEqualTo(first.path());

        Files.createDirectories(chosen.resolve("other/contoso-route-planner"));
        Files.writeString(chosen.resolve("other/contoso-route-planner/mine.txt"), "mine");
        Files.writeString(chosen.resolve("other/readme.txt"), "mine");
        assertThat(ExportTarget.inFolder(chosen.resolve("other"), demo.appName()).path())
                .isEqualTo(chosen.resolve("other/contoso-route-planner-2"));
        assertThat(ExportTarget.inFolder(dir.resolve("new"), demo.appName()).path()).isEqualTo(dir.resolve("new"));
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws Exception {
        ExportProgress cancelAfterTwoSteps = new ExportProgress() {
            int steps;

            @Override
            public void step(int done, int total, String what) {
                steps++;
            }

            @Override
            public boolean cancelled() {
                return steps >= 2;
            }
        };
        assertThatThrownBy(() -> FolderExporter.export(CPP, demo, logos, dir.resolve("out"), cancelAfterTwoSteps))
                .isInstanceOf(BundleException.class).hasMessageContaining("cancelled");
        assertThat(dir.resolve("out")).doesNotExist();
        assertNoLeftovers();
    }

    @Test
    void aVanishedSourceFailsTheExportWithoutTouchingAnEarlierOne() throws Exception {
        Path out = FolderExporter.export(CPP, demo, logos, dir.resolve("out"), ExportProgress.NONE);
        byte[] before = Files.readAllBytes(out.resolve("logos/wide-255x115.png"));
        Project broken = demo.withDocuments("privacy-policy", List.of(DocumentRef.ofFile(dir.resolve("vanished.pdf").toString())));

        assertThatThrownBy(() -> FolderExporter.export(CPP, broken, logos, out, true, ExportProgress.NONE))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("vanished.pdf is missing")
                .hasMessageContaining("Nothing was written");
        assertThat(Files.readAllBytes(out.resolve("logos/wide-255x115.png"))).isEqualTo(before);
        assertNoLeftovers();
    }

    @Test
    void aTargetThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");
        assertThatThrownBy(() -> FolderExporter.export(CPP, demo, logos, file, ExportProgress.NONE))
                .isInstanceOf(BundleException.class).hasMessageContaining("not a folder");
        assertThatThrownBy(() -> FolderExporter.export(CPP, demo, logos, file, true, ExportProgress.NONE))
                .isInstanceOf(BundleException.class).hasMessageContaining("not a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
