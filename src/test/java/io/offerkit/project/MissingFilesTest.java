package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingFilesTest {
    @TempDir
    Path dir;

    private Project project(Path logo, Path wideSource, Path terms, Path guide) {
        return Project.empty("appsource-d365-ce-2019")
                .withLogo(LogoSettings.empty().withSource(logo.toString())
                        .withSlot("wide-255x115", new SlotSettings(null, null, null, null, null, wideSource.toString(), null, null, null)))
                .withDocuments("terms-of-use", List.of(DocumentRef.ofFile(terms.toString())))
                .withDocuments("privacy-policy", List.of(DocumentRef.ofUrl("https://contoso.example/privacy")))
                .withDocuments("supporting", List.of(DocumentRef.ofFile(guide.toString())));
    }

    @Test
    void listsEveryMissingSourceWithWhatItIsFor() throws Exception {
        Path logo = Files.writeString(dir.resolve("logo.png"), "x");
        Project project = project(logo, dir.resolve("gone/wide.png"), dir.resolve("gone/terms.md"), dir.resolve("gone/guide.pdf"));

        assertThat(MissingFiles.of(project)).extracting(MissingFiles.Missing::fileName, MissingFiles.Missing::usedFor)
                .containsExactly(
                        Tuple.tuple("wide.png", "Logo source for wide-255x115"),
                        Tuple.tuple("guide.pdf", "Document supporting"),
                        Tuple.tuple("terms.md", "Document terms-of-use"));
    }

    @Test
    void screenshotCapturesAndVideoThumbnailsAreListedAndRelinkedToo() throws Exception {
        Path gone = dir.resolve("gone/capture.png");
        Project project = Project.empty("partner-center-d365").withMedia(new Media(
                List.of(Screenshot.of(dir.resolve("here.png").toString()), Screenshot.of(gone.toString())),
                List.of(new Video("Tour", "https://vimeo.com/1", dir.resolve("gone/thumb.png").toString(), null),
                        new Video("Draft", "", null, null))));
        Files.writeString(dir.resolve("here.png"), "x");
        assertThat(MissingFiles.of(project)).extracting(MissingFiles.Missing::fileName, MissingFiles.Missing::usedFor)
                .containsExactly(Tuple.tuple("capture.png", "Screenshot 2"), Tuple.tuple("thumb.png", "Video 1 thumbnail"));

        Files.createDirectories(dir.resolve("found"));
        Files.writeString(dir.resolve("found/capture.png"), "x");
        Files.writeString(dir.resolve("found/thumb.png"), "x");
        Project relinked = MissingFiles.lookIn(project, dir.resolve("found"));
        assertThat(MissingFiles.of(relinked)).isEmpty();
        assertThat(relinked.media().screenshots().get(1).source()).isEqualTo(dir.resolve("found/capture.png").toString());
    }

    @Test
    void nothingIsMissingWhenEveryFileIsThere() {
        Project project = project(dir.resolve("a"), dir.resolve("b"), dir.resolve("c"), dir.resolve("d"));
        assertThat(MissingFiles.of(project, p -> true)).isEmpty();
        assertThat(MissingFiles.of(Project.empty("p"))).isEmpty();
    }

    @Test
    void relinkingOneFileChangesEveryUseOfIt() throws Exception {
        Path old = dir.resolve("old/logo.png");
        Project project = project(old, old, dir.resolve("t.md"), dir.resolve("g.pdf"));
        Path moved = Files.writeString(dir.resolve("logo.png"), "x");

        Project relinked = MissingFiles.relink(project, old.toString(), moved);

        assertThat(relinked.logo().source()).isEqualTo(moved.toString());
        assertThat(relinked.logo().slots().get("wide-255x115").source()).isEqualTo(moved.toString());
        assertThat(relinked.documents("terms-of-use")).isEqualTo(project.documents("terms-of-use"));
    }

    @Test
    void lookingInAFolderRelinksTheFilesFoundThereAndLeavesTheOthers() throws Exception {
        Path newHome = Files.createDirectories(dir.resolve("new"));
        Files.writeString(newHome.resolve("terms.md"), "# Terms");
        Files.writeString(newHome.resolve("guide.pdf"), "%PDF-");
        Path gone = dir.resolve("old");
        Project project = project(gone.resolve("logo.png"), gone.resolve("logo.png"), gone.resolve("terms.md"), gone.resolve("guide.pdf"));

        Project relinked = MissingFiles.lookIn(project, newHome);

        assertThat(relinked.documents("terms-of-use").get(0).file()).isEqualTo(newHome.resolve("terms.md").toString());
        assertThat(relinked.documents("supporting").get(0).file()).isEqualTo(newHome.resolve("guide.pdf").toString());
        assertThat(relinked.documents("privacy-policy")).isEqualTo(project.documents("privacy-policy"));
        assertThat(MissingFiles.of(relinked)).extracting(MissingFiles.Missing::fileName).containsExactly("logo.png");
    }
}
