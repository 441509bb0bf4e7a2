package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.common.ProgressMonitor;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off's files on disk: rendered as the export renders them, named as the fill sheet names them. */
class HandoffFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyLogoSlotIsAPngOfItsSizeAndTheScreenshotsAndDocumentsAreListedInTheRowsOrder() throws Exception {
        Project demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        Profile profile = ProfileRegistry.builtIn().get(demo.profileId());
        Path folder = Files.createDirectories(dir.resolve("handoff"));
        List<Double> progress = new ArrayList<>();

        HandoffFiles files = HandoffFiles.write(profile, demo, folder, ProgressMonitor.of(() -> false, progress::add));

        for (var slot : profile.imageSlots()) {
            List<Path> logo = files.of("logo:" + slot.id());
            assertThat(logo).as(slot.id()).containsExactly(folder.resolve(BundleLayout.logo(slot.id())));
            SourceImage png = ImageDecoder.read(Files.readAllBytes(logo.get(0)), "logo.png");
            assertThat(png.width()).isEqualTo(slot.width());
            assertThat(png.height()).isEqualTo(slot.height());
        }
        FillSheet sheet = FillSheet.build(profile, demo, io.offerkit.check.CheckEngine.evaluate(profile, demo,
                io.offerkit.imaging.LogoSetRenderer.render(profile, demo.logo())));
        FillSheet.Row shots = sheet.rows().stream().filter(r -> r.key().equals("media:screenshots")).findFirst().orElseThrow();
        assertThat(files.of("media:screenshots")).extracting(p -> folder.relativize(p).toString().replace('\\', '/'))
                .containsExactlyElementsOf(shots.files());
        assertThat(files.of("media:screenshots")).allMatch(Files::isRegularFile);
        // a user's own document is offered where it is, never copied
        assertThat(files.of("document:supporting")).isNotEmpty()
                .allMatch(p -> !p.startsWith(folder) && Files.isRegularFile(p));
        assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(files.problems()).isEmpty();
    }

    @Test
    void aProjectWithoutALogoSaysWhyItsSlotsHaveNoFile() throws Exception {
        Profile profile = ProfileRegistry.builtIn().get("appsource-d365-ce-2019");
        HandoffFiles files = HandoffFiles.write(profile, Project.empty(profile.id()), dir, ProgressMonitor.NONE);
        assertThat(files.of("logo:small-40x40")).isEmpty();
        assertThat(files.problems()).containsEntry("logo:small-40x40", "No logo loaded yet.");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
