package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {
    @TempDir
    Path dir;

    @Test
    void anOpenedProjectIsCleanAndEditsMakeItDirty() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        assertThat(session.isDirty()).isFalse();
        assertThat(session.project().appName()).isEqualTo("Contoso Route Planner");
        assertThat(session.profile().id()).isEqualTo("appsource-d365-ce-2019");

        Project before = session.project();
        session.update(p -> p.withSummary("Shorter."));

        assertThat(session.project()).isNotSameAs(before);
        assertThat(session.project().summary()).isEqualTo("Shorter.");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void anEditThatChangesNothingLeavesHistoryAndDirtyFlagAlone() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        session.update(p -> p.withSummary(p.summary()));
        assertThat(session.isDirty()).isFalse();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoAndRedoWalkThroughEarlierValues() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        String original = session.project().summary();
        session.update(p -> p.withSummary("one"));
        session.update(p -> p.withSummary("two"));

        session.undo();
        assertThat(session.project().summary()).isEqualTo("one");
        session.undo();
        assertThat(session.project().summary()).isEqualTo(original);
        assertThat(session.isDirty()).isFalse();
        session.redo();
        assertThat(session.project().summary()).isEqualTo("one");
        assertThat(session.canRedoProperty().get()).isTrue();
    }

    @Test
    void editsOfOneBurstMakeOneUndoStepUntilAnotherEditOrAnUndo() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        String original = session.project().summary();
        session.update(p -> p.withSummary("o"), "burst-1");
        session.update(p -> p.withSummary("on"), "burst-1");
        session.update(p -> p.withSummary("one"), "burst-1");
        session.update(p -> p.withAppName("Other"));
        session.update(p -> p.withSummary("one two"), "burst-1"); // an edit in between ended the burst

        session.undo();
        assertThat(session.project().summary()).isEqualTo("one");
        session.undo();
        assertThat(session.project().appName()).isEqualTo("Contoso Route Planner");
        session.undo();
        assertThat(session.project().summary()).isEqualTo(original);
        assertThat(session.canUndoProperty().get()).isFalse();

        session.redo();
        session.update(p -> p.withSummary("one!"), "burst-1"); // after undo / redo a burst starts afresh
        session.undo();
        assertThat(session.project().summary()).isEqualTo("one");
    }

    @Test
    void savingWritesTheFileAndClearsTheDirtyFlag() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        session.update(p -> p.withAppName("Renamed"));
        Path target = dir.resolve("copy.offerkit");

        session.saveAs(target);

        assertThat(session.isDirty()).isFalse();
        assertThat(session.file()).isEqualTo(target.toAbsolutePath());
        ProjectSession reopened = new ProjectSession(session.registry());
        reopened.open(target);
        assertThat(reopened.project().appName()).isEqualTo("Renamed");
    }

    @Test
    void aBrokenFileFailsWithAMessageAndKeepsTheCurrentProject() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        session.update(p -> p.withSummary("unsaved work"));
        Path broken = Files.writeString(dir.resolve("broken.offerkit"), "{ not json");

        assertThatThrownBy(() -> session.open(broken)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("broken.offerkit");
        assertThat(session.project().summary()).isEqualTo("unsaved work");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void aNewProjectHasNoFileAndTheDefaultProfile() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        session.newProject();
        assertThat(session.file()).isNull();
        assertThat(session.project().appName()).isEmpty();
        assertThat(session.profile()).isEqualTo(session.registry().defaultProfile());
        assertThatThrownBy(session::save).isInstanceOf(ProjectException.class);
    }
}
