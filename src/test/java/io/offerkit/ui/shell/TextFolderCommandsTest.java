package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectListings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export Texts for Translation… / Import Translated Texts… over the open project, without the choosers. */
class TextFolderCommandsTest {
    @TempDir
    Path dir;
    final List<String> refusals = new ArrayList<>();

    private TextFolderCommands commands(String profileId) throws Exception {
        ProjectSession session = new ProjectSession(ProfileRegistry.builtIn());
        session.open(DemoProject.write(dir.resolve("demo"), ProfileRegistry.builtIn(profileId)));
        ShellViewModel model = new ShellViewModel(session, new StatusMessages(), BackgroundWork.direct());
        return new TextFolderCommands(model, null, refusals::add);
    }

    @Test
    void aTranslatedFolderComesInAsOneUndoStepAndGoesOutAgain() throws Exception {
        TextFolderCommands texts = commands("teams-app");
        ProjectSession session = texts.model().session();
        Project before = session.project();
        Path folder = Files.createDirectories(dir.resolve("texts/de-de"));
        Files.writeString(folder.resolve("summary.txt"), "Touren planen.\n", StandardCharsets.UTF_8);

        assertThat(texts.importFrom(dir.resolve("texts"))).isTrue();
        assertThat(ProjectListings.languages(session.project())).containsExactly("en", "de-de");
        assertThat(ProjectListings.listing(session.project(), "de-de").orElseThrow().summary()).isEqualTo("Touren planen.");
        assertThat(texts.model().status().message()).contains("de-de: added");
        assertThat(texts.exportTo(dir.resolve("out"))).isTrue();
        assertThat(dir.resolve("out/de-de/summary.txt")).hasContent("Touren planen.");
        assertThat(dir.resolve("out/en/name.txt")).hasContent("Contoso Route Planner");

        session.undo();
        assertThat(session.project()).as("one undo step takes the whole import back").isEqualTo(before);
        assertThat(refusals).isEmpty();
    }

    @Test
    void aRefusedFolderChangesNothingAndIsSaidWhole() throws Exception {
        TextFolderCommands texts = commands("partner-center-d365");
        Project before = texts.model().session().project();
        Files.writeString(Files.createDirectories(dir.resolve("texts/de-de")).resolve("summary.txt"), "Touren\n");

        assertThat(texts.importFrom(dir.resolve("texts"))).isFalse();
        assertThat(texts.model().session().project()).isEqualTo(before);
        assertThat(refusals).singleElement().asString().contains("takes one listing language; nothing was imported.");
    }
}
