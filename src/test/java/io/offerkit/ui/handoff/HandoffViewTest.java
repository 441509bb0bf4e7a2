package io.offerkit.ui.handoff;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.project.ProjectFiles;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.shell.Section;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Hand-off section on the demo: Copy puts exactly the value on the clipboard, a logo's chip drags a real PNG of
 * its slot's size, and a field's tick is one undo step that survives saving and reopening.
 */
@ExtendWith(ApplicationExtension.class)
class HandoffViewTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        demo.window().model().sectionProperty().set(Section.HANDOFF);
    }

    @AfterEach
    void close() {
        demo.close();
    }

    private HandoffView view(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#handoff-field-text-summary").queryAll().isEmpty());
        return robot.lookup("#handoffView").queryAs(HandoffView.class);
    }

    @Test
    void copyOfTheSummaryPutsExactlyTheSummaryOnTheClipboard(FxRobot robot) throws Exception {
        view(robot);
        fx(() -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("something else");
            return Clipboard.getSystemClipboard().setContent(other);
        });
        DemoWindow.scrollIntoView(robot, "#handoff-copy-text-summary-0");
        robot.clickOn("#handoff-copy-text-summary-0");

        String summary = fx(() -> session.project().summary());
        assertThat(summary).isNotBlank();
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(summary);
    }

    @Test
    void aLogosChipDragsARealPngOfItsSlotsSize(FxRobot robot) throws Exception {
        HandoffView view = view(robot);
        waitUntil(() -> demo.window().isSettled() && view.chip("logo:small-40x40", 0).orElseThrow().path().isPresent());

        ClipboardContent content = fx(() -> view.chip("logo:small-40x40", 0).orElseThrow().dragContent().orElseThrow());

        List<File> files = content.getFiles();
        assertThat(files).hasSize(1);
        Path png = files.get(0).toPath();
        assertThat(png).isRegularFile().hasFileName("small-40x40.png");
        assertThat(png.getParent().getParent().getFileName().toString()).startsWith("offerkit-handoff-" + ProcessHandle.current().pid());
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        SourceImage image = ImageDecoder.read(bytes, "small-40x40.png");
        assertThat(image.width()).isEqualTo(40);
        assertThat(image.height()).isEqualTo(40);
        // a user's own document is dragged from where it is
        ClipboardContent pdf = fx(() -> view.chip("document:supporting", 0).orElseThrow().dragContent().orElseThrow());
        assertThat(pdf.getFiles().get(0).toPath()).startsWith(dir.resolve("demo")).isRegularFile();
    }

    @Test
    void aTickIsOneUndoStepAndSurvivesSavingAndReopening(FxRobot robot) throws Exception {
        view(robot);
        DemoWindow.scrollIntoView(robot, "#handoff-entered-text-summary");
        CheckBox summary = robot.lookup("#handoff-entered-text-summary").queryAs(CheckBox.class);
        robot.clickOn(summary);
        waitUntil(summary::isSelected);
        assertThat(fx(() -> session.project().handoff())).containsExactly("text:summary");
        assertThat(robot.lookup("#handoffCount").queryLabeled().getText()).startsWith("1 of ");

        fx(() -> {
            session.undo();
            return null;
        });
        assertThat(fx(summary::isSelected)).isFalse();
        assertThat(fx(() -> session.project().handoff())).isEmpty();
        assertThat(robot.lookup("#handoffCount").queryLabeled().getText()).startsWith("0 of ");

        robot.clickOn(summary);
        waitUntil(summary::isSelected);
        Path file = fx(() -> {
            session.save();
            return session.file();
        });
        assertThat(ProjectFiles.read(file).handoff()).containsExactly("text:summary");
        fx(() -> {
            session.open(file);
            return null;
        });
        CheckBox reopened = robot.lookup("#handoff-entered-text-summary").queryAs(CheckBox.class);
        assertThat(fx(reopened::isSelected)).isTrue();
        assertThat(fx(() -> session.canUndoProperty().get())).isFalse();
    }
}
