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
        assertThat(reopened.withLogo(demo.logo()).withDocuments("terms-of-use", demo.documents("terms-of-use"))
                .withDocuments("privacy-policy", demo.documents("privacy-policy"))
                .withDocuments("supporting", demo.documents("supporting"))).isEqualTo(demo);
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.matches("[A-Za-z0-9_-]+\\.[a-z0-9]+"));
        }
    }

    @Test
    void exportReplacesAnOlderExportCompletely() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("stale.txt"), "old");
        FolderExporter.export(CPP, demo, logos, out, ExportProgress.NONE);
        assertThat(out.resolve("stale.txt")).doesNotExist();
        assertThat(out.resolve("logos/small-40x40.png")).isRegularFile();
        assertNoLeftovers();
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

        assertThatThrownBy(() -> FolderExporter.export(CPP, broken, logos, out, ExportProgress.NONE))
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
        assertThat(Files.readString(file)).isEqualTo("not a folder");
        assertNoLeftovers();
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }
}
