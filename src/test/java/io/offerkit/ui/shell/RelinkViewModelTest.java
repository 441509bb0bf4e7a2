package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.MissingFiles;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelinkViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aMovedProjectListsItsMissingFilesAndOneRelinkFindsTheOthersInTheSameFolder() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        Path demo = session.file().getParent();
        // The user moved the legal folder elsewhere: the project's document files are gone.
        Path moved = Files.move(demo.resolve("legal"), dir.resolve("moved-legal"), StandardCopyOption.ATOMIC_MOVE);
        session.open(session.file());
        StatusMessages status = new StatusMessages();
        RelinkViewModel model = new RelinkViewModel(session, status);

        assertThat(model.missing()).extracting(MissingFiles.Missing::fileName)
                .containsExactlyInAnyOrder("terms-of-use.md", "privacy-policy.md", "getting-started.pdf");
        MissingFiles.Missing terms = model.missing().stream()
                .filter(m -> m.fileName().equals("terms-of-use.md")).findFirst().orElseThrow();

        int left = model.relink(terms, moved.resolve("terms-of-use.md"), true);

        assertThat(left).isZero();
        assertThat(model.missing()).isEmpty();
        assertThat(session.project().documents("supporting").get(0).file()).isEqualTo(moved.resolve("getting-started.pdf").toString());
        assertThat(status.message()).isEqualTo("3 files relinked; nothing is missing now.");
        assertThat(session.isDirty()).isTrue();
        session.undo();
        assertThat(model.missing()).hasSize(3);
    }

    @Test
    void relinkingOnlyOneLeavesTheOthersListed() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        Path moved = Files.move(session.file().getParent().resolve("legal"), dir.resolve("elsewhere"));
        session.open(session.file());
        RelinkViewModel model = new RelinkViewModel(session, new StatusMessages());
        MissingFiles.Missing first = model.missing().get(0);

        int left = model.relink(first, moved.resolve(first.fileName()), false);

        assertThat(left).isEqualTo(2);
        assertThat(model.missing()).extracting(MissingFiles.Missing::fileName).doesNotContain(first.fileName());
    }
}
