package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckResult;
import io.offerkit.document.DocumentFacts;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.SourceWatch;
import io.offerkit.ui.checklist.ChecklistViewModel;
import io.offerkit.ui.documents.DocumentsViewModel;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.logos.LogosViewModel;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files changed by another program while the project is open, at the view-model level: what
 * {@link DiskWatchViewModel#checkFilesOnDisk()} (run when the window gets the focus) and a save do. The project file:
 * reloaded when there is nothing unsaved (Undo goes back), never overwritten silently when there is; logos and
 * documents: read again, and a deleted one reported; nothing the user typed is lost.
 */
class FilesChangedOnDiskTest {
    @TempDir
    Path dir;
    ProjectSession session;
    StatusMessages status = new StatusMessages();
    WorkerPool executor = new WorkerPool();
    ShellViewModel shell;
    List<SourceWatch.Changes> heard = new ArrayList<>();

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        shell = new ShellViewModel(session, status, executor);
        shell.diskWatch().addDiskChangeListener(heard::add);
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private Path projectFile() {
        return session.file();
    }

    /** Another program writes the file: new bytes, and a later modification time as a real edit would have. */
    private static void otherProgramWrites(Path file, byte[] bytes) throws Exception {
        FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : FileTime.fromMillis(0);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
    }

    private void colleagueRenamesTheApp(String name) throws Exception {
        Project theirs = ProjectFiles.read(projectFile()).withAppName(name);
        otherProgramWrites(projectFile(), ProjectFiles.toBytes(theirs, projectFile().getParent()));
    }

    @Test
    void anUnchangedProjectIsReloadedAndUndoGoesBack() throws Exception {
        colleagueRenamesTheApp("Contoso Fleet");

        shell.diskWatch().checkFilesOnDisk();

        assertThat(session.project().appName()).isEqualTo("Contoso Fleet");
        assertThat(session.isDirty()).isFalse();
        assertThat(status.message()).contains("changed by another program; reloaded");
        session.undo();
        assertThat(session.project().appName()).isEqualTo("Contoso Route Planner");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void unsavedEditsAreKeptAndTheSaveAsksInsteadOfOverwriting() throws Exception {
        session.update(p -> p.withSummary("My unsaved summary"));
        colleagueRenamesTheApp("Contoso Fleet");
        byte[] theirs = Files.readAllBytes(projectFile());

        shell.diskWatch().checkFilesOnDisk();
        assertThat(session.project().summary()).isEqualTo("My unsaved summary");
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).contains("changed by another program").contains("Save will ask");

        assertThat(shell.save()).isFalse();
        assertThat(shell.diskWatch().isChangedOnDisk()).isTrue();
        assertThat(Files.readAllBytes(projectFile())).as("their change is still on disk").isEqualTo(theirs);
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void keepingBothSavesMineBesideTheirsAndGoesOnThere() throws Exception {
        Path theirsFile = projectFile();
        session.update(p -> p.withSummary("My unsaved summary"));
        colleagueRenamesTheApp("Contoso Fleet");
        byte[] theirs = Files.readAllBytes(theirsFile);
        assertThat(shell.save()).isFalse();

        assertThat(shell.saveAside()).isTrue();

        Path mine = theirsFile.resolveSibling("contoso-route-planner (mine).offerkit");
        assertThat(session.file()).isEqualTo(mine);
        assertThat(ProjectFiles.read(mine).summary()).isEqualTo("My unsaved summary");
        assertThat(ProjectFiles.read(mine).logo().source()).as("relative paths still resolve")
                .isEqualTo(session.project().logo().source());
        assertThat(Files.readAllBytes(theirsFile)).isEqualTo(theirs);
        assertThat(shell.diskWatch().isChangedOnDisk()).isFalse();
        assertThat(session.isDirty()).isFalse();
        assertThat(status.message()).contains("(mine).offerkit");
    }

    @Test
    void replacingTheirChangeIsAnExplicitChoice() throws Exception {
        session.update(p -> p.withSummary("Mine wins"));
        colleagueRenamesTheApp("Contoso Fleet");
        assertThat(shell.save()).isFalse();

        assertThat(shell.overwrite()).isTrue();

        assertThat(ProjectFiles.read(projectFile()).summary()).isEqualTo("Mine wins");
        assertThat(ProjectFiles.read(projectFile()).appName()).isEqualTo("Contoso Route Planner");
        // Saved over it knowingly: the next save is an ordinary one.
        session.update(p -> p.withSummary("Mine again"));
        assertThat(shell.save()).isTrue();
    }

    @Test
    void aDeletedProjectFileIsReportedAndTheNextSaveWritesItAgain() throws Exception {
        Files.delete(projectFile());

        shell.diskWatch().checkFilesOnDisk();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).contains("was deleted or moved").contains("Save writes it again");
        assertThat(session.project().appName()).isEqualTo("Contoso Route Planner");

        assertThat(shell.save()).isTrue();
        assertThat(ProjectFiles.read(projectFile()).appName()).isEqualTo("Contoso Route Planner");
    }

    @Test
    void aProjectSavedHereIsNotMistakenForAnotherProgramsChange() throws Exception {
        for (int i = 0; i < 3; i++) {
            int n = i;
            session.update(p -> p.withSummary("Edit " + n));
            assertThat(shell.save()).isTrue();
            shell.diskWatch().checkFilesOnDisk();
            assertThat(status.isError()).isFalse();
        }
        assertThat(heard).isEmpty();
    }

    @Test
    void aReplacedLogoIsReadAgainAndShownAsItIsNow() throws Exception {
        HeldWork held = new HeldWork();
        LiveLogoSet live = new LiveLogoSet(session, held);
        LogosViewModel logos = new LogosViewModel(session, live, held, status);
        shell.diskWatch().addDiskChangeListener(changes -> logos.reloadFromDisk());
        held.runAll();
        Path source = Path.of(session.project().logo().source());
        assertThat(live.logoSet().slot("small-40x40").orElseThrow().image().getRGB(20, 20) & 0xFFFFFF)
                .isNotEqualTo(0xFF0000);

        otherProgramWrites(source, PngEncoder.encode(square(Color.RED)));
        shell.diskWatch().checkFilesOnDisk();
        held.runAll();

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).changed()).containsExactly(source.toString());
        assertThat(status.message()).contains("logo.png was changed on disk; read it again");
        assertThat(live.logoSet().slot("small-40x40").orElseThrow().image().getRGB(20, 20) & 0xFFFFFF)
                .isEqualTo(0xFF0000);
        assertThat(live.sourceFactsProperty().get().width()).isEqualTo(300);
        assertThat(session.isDirty()).as("the project itself did not change").isFalse();
    }

    @Test
    void aTruncatedDocumentIsInspectedAgainAndTheChecklistFollows() throws Exception {
        HeldWork held = new HeldWork();
        DocumentsViewModel documents = new DocumentsViewModel(session, status, held, url -> null);
        ChecklistViewModel checklist = new ChecklistViewModel(session,
                new SimpleObjectProperty<>(LogoSet.empty()),
                Clock.systemDefaultZone());
        shell.diskWatch().addDiskChangeListener(changes -> {
            documents.recheck(changes.all());
            checklist.recheck();
        });
        held.runAll();
        Path guide = Path.of(session.project().documents("supporting").get(0).file());
        assertThat(documents.facts().get(guide.toString()).ok()).isTrue();
        assertThat(supporting(checklist).state().id()).isEqualTo("pass");

        byte[] pdf = Files.readAllBytes(guide);
        otherProgramWrites(guide, Arrays.copyOf(pdf, pdf.length / 3));
        shell.diskWatch().checkFilesOnDisk();
        held.runAll();

        DocumentFacts facts = documents.facts().get(guide.toString());
        assertThat(facts.ok()).isFalse();
        assertThat(facts.problems().get(0)).contains("getting-started.pdf");
        assertThat(supporting(checklist).state().id()).isEqualTo("fail");
    }

    @Test
    void aDeletedSourceIsReportedOnceAndItsReturnIsNoticed() throws Exception {
        Path source = Path.of(session.project().logo().source());
        byte[] logo = Files.readAllBytes(source);
        Files.delete(source);

        shell.diskWatch().checkFilesOnDisk();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).contains("logo.png was deleted or moved").contains("relink");
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).missing()).containsExactly(source.toString());

        shell.diskWatch().checkFilesOnDisk();
        assertThat(heard).as("reported once, not on every focus").hasSize(1);

        Files.write(source, logo);
        shell.diskWatch().checkFilesOnDisk();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(1).back()).containsExactly(source.toString());
        assertThat(session.project().logo().source()).isEqualTo(source.toString());
    }

    private static CheckResult supporting(ChecklistViewModel checklist) {
        return checklist.report().results().stream().filter(r -> r.item().id().equals("supporting-documents"))
                .findFirst().orElseThrow();
    }

    private static BufferedImage square(Color colour) {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        return image;
    }
}
