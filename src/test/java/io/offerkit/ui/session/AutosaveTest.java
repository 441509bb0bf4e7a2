package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.RecoveryFiles;
import io.offerkit.ui.fx.ManualScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path dir;
    ProjectSession session;
    RecoveryFiles files;
    ManualScheduler scheduler = new ManualScheduler();
    Autosave autosave;
    Path projectFile;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        projectFile = session.file();
        // The project was saved a while ago, as in real use: a recovery file written in the same file-system clock
        // tick as the project would not count as newer (mtime resolution), which made this test flaky.
        Files.setLastModifiedTime(projectFile, FileTime.from(Instant.now().minusSeconds(60)));
        files = new RecoveryFiles(dir.resolve("recovery"));
        autosave = new Autosave(session, files, scheduler);
        autosave.start();
    }

    private Path recovery() {
        return files.fileFor(projectFile);
    }

    @Test
    void writesTheRecoveryFileSomeSecondsAfterTheLastEditOnly() {
        session.update(p -> p.withSummary("one"));
        scheduler.advance(Autosave.DELAY.minusSeconds(1));
        session.update(p -> p.withSummary("two"));
        scheduler.advance(Autosave.DELAY.minusSeconds(1));
        assertThat(recovery()).doesNotExist(); // each edit restarts the wait

        scheduler.advance(Duration.ofSeconds(1));
        assertThat(recovery()).exists();
        assertThat(files.newerThan(projectFile)).get().extracting(p -> p.summary()).isEqualTo("two");
    }

    @Test
    void savingRemovesTheRecoveryFile() throws Exception {
        session.update(p -> p.withSummary("unsaved"));
        scheduler.advance(Autosave.DELAY);
        assertThat(recovery()).exists();
        Files.setLastModifiedTime(recovery(), FileTime.from(Instant.now().minusSeconds(60)));

        session.save();
        scheduler.advance(Duration.ZERO);

        assertThat(recovery()).doesNotExist();
    }

    @Test
    void undoingBackToTheSavedStateRemovesIt() {
        session.update(p -> p.withSummary("unsaved"));
        scheduler.advance(Autosave.DELAY);
        session.undo();
        scheduler.advance(Duration.ZERO);
        assertThat(recovery()).doesNotExist();
    }

    @Test
    void onStartUnsavedWorkNewerThanTheProjectIsOfferedAndRestoredAsAnEdit() throws Exception {
        session.update(p -> p.withSummary("work from a session that crashed"));
        scheduler.advance(Autosave.DELAY);
        Files.setLastModifiedTime(projectFile, FileTime.from(Instant.now().minusSeconds(60)));

        // The next start: a fresh session opens the same project.
        ProjectSession next = new ProjectSession(ProfileRegistry.builtIn());
        next.open(projectFile);
        Autosave again = new Autosave(next, files, new ManualScheduler());
        Autosave.Recovery found = again.pending().orElseThrow();
        again.restore(found);

        assertThat(next.project().summary()).isEqualTo("work from a session that crashed");
        assertThat(next.isDirty()).isTrue();
        next.undo();
        assertThat(next.project().summary()).isNotEqualTo("work from a session that crashed");
    }

    @Test
    void aRecoveryFileOlderThanItsProjectIsNotOfferedAndDiscardRemovesIt() throws Exception {
        session.update(p -> p.withSummary("old work"));
        scheduler.advance(Autosave.DELAY);
        Files.setLastModifiedTime(recovery(), FileTime.from(Instant.now().minusSeconds(600)));
        assertThat(autosave.pending()).isEmpty();

        Files.setLastModifiedTime(recovery(), FileTime.from(Instant.now().plusSeconds(60)));
        Autosave.Recovery found = autosave.pending().orElseThrow();
        autosave.discard(found);
        assertThat(recovery()).doesNotExist();
    }

    @Test
    void aCleanExitLeavesNothingToRecover() {
        session.update(p -> p.withSummary("unsaved"));
        scheduler.advance(Autosave.DELAY);
        autosave.cleanExit();
        scheduler.advance(Autosave.DELAY);
        assertThat(recovery()).doesNotExist();
    }

    @Test
    void anUntitledProjectHasItsOwnRecoveryFile() {
        session.newProject();
        session.update(p -> p.withAppName("Draft app"));
        scheduler.advance(Autosave.DELAY);
        assertThat(files.fileFor(null)).exists().hasFileName("untitled.offerkit");
        assertThat(files.fileFor(projectFile).getFileName().toString()).matches("[0-9a-f]{16}\\.offerkit");
    }

    @Test
    void writesAboutTwoSecondsAfterTheLastKeystrokeAndHoldsThatKeystroke() throws Exception {
        assertThat(Autosave.DELAY).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
        for (String typed : new String[] {"T", "Ty", "Typ", "Typed"}) {
            session.update(p -> p.withSummary(typed), "typing");
            scheduler.advance(Duration.ofMillis(150));
        }
        scheduler.advance(Duration.ofMillis(2000));
        assertThat(recovery()).exists();
        assertThat(ProjectFiles.read(recovery()).summary()).isEqualTo("Typed");
    }

    @Test
    void typingWithoutAPauseIsStillWrittenEveryFewSeconds() throws Exception {
        for (int i = 0; i < 30; i++) {
            String typed = "x".repeat(i + 1);
            session.update(p -> p.withSummary(typed), "typing");
            scheduler.advance(Duration.ofMillis(500));
        }
        assertThat(recovery()).exists(); // 15 s of typing never paused long enough for the debounce alone
        assertThat(ProjectFiles.read(recovery()).summary()).startsWith("xxxxxxxxxx");
    }

    @Test
    void theFirstEditAfterSaveAsIsKept() throws Exception {
        session.newProject();
        Path saved = dir.resolve("saved-as.offerkit");
        session.saveAs(saved);
        session.update(p -> p.withAppName("First edit after Save As"));
        scheduler.advance(Autosave.DELAY);
        assertThat(files.fileFor(saved)).exists();
    }

    /** A crash left work behind; this start opened the project but nobody answered the offer (or it was not shown). */
    private Autosave nextStartWithCrashedWork() throws Exception {
        session.update(p -> p.withSummary("work from a session that crashed"));
        scheduler.advance(Autosave.DELAY);
        Files.setLastModifiedTime(projectFile, FileTime.from(Instant.now().minusSeconds(60)));
        ProjectSession next = new ProjectSession(ProfileRegistry.builtIn());
        next.open(projectFile);
        session = next;
        Autosave again = new Autosave(next, files, scheduler);
        again.start();
        return again;
    }

    @Test
    void aCleanQuitKeepsTheRecoveryTheUserHasNotDecidedOn() throws Exception {
        Autosave again = nextStartWithCrashedWork();
        assertThat(again.pending()).isPresent();

        again.cleanExit();
        scheduler.advance(Autosave.DELAY);

        assertThat(recovery()).exists();
        assertThat(again.pending()).get().extracting(r -> r.project().summary()).isEqualTo("work from a session that crashed");
    }

    @Test
    void openingAnotherProjectKeepsTheRecoveryTheUserHasNotDecidedOn() throws Exception {
        Autosave again = nextStartWithCrashedWork();
        session.newProject();
        scheduler.advance(Autosave.DELAY);
        assertThat(recovery()).exists();
        assertThat(again.pendingFor(projectFile)).isPresent();
    }

    @Test
    void restoringThenSavingRemovesTheRecovery() throws Exception {
        Autosave again = nextStartWithCrashedWork();
        again.restore(again.pending().orElseThrow());
        scheduler.advance(Autosave.DELAY);
        session.save();
        scheduler.advance(Duration.ZERO);
        assertThat(recovery()).doesNotExist();
    }

    @Test
    void restoringThenQuittingWithoutSavingRemovesTheRecovery() throws Exception {
        Autosave again = nextStartWithCrashedWork();
        again.restore(again.pending().orElseThrow());
        again.cleanExit(); // the user was asked and chose Don't Save
        scheduler.advance(Autosave.DELAY);
        assertThat(recovery()).doesNotExist();
    }

    @Test
    void theWorkOfAProjectThatIsGoneIsRestoredIntoAnUntitledProject() throws Exception {
        Autosave again = nextStartWithCrashedWork();
        Files.delete(projectFile);
        session.newProject();
        Autosave.Recovery found = again.pendingFor(projectFile).orElseThrow();
        again.restore(found);
        scheduler.advance(Duration.ZERO);

        assertThat(session.file()).isNull();
        assertThat(session.project().summary()).isEqualTo("work from a session that crashed");
        assertThat(files.fileFor(null)).exists(); // kept at once under its new place ...
        assertThat(recovery()).doesNotExist(); // ... so the gone project's file is not offered again
    }
}
