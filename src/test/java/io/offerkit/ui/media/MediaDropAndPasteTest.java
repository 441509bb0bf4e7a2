package io.offerkit.ui.media;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static io.offerkit.ui.media.MediaTestImages.capture;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Media;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.FileDrops;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.shell.Section;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Captures that come into Screenshots & videos from outside: files and a folder dropped from a file manager, an image
 * pasted from the clipboard. Both read off the FX thread with the section's progress bar, land in the project in
 * order as one undo step, and a pasted image becomes a file of OfferKit's own, never one already there.
 */
@ExtendWith(ApplicationExtension.class)
class MediaDropAndPasteTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        fx(() -> {
            session.update(p -> p.withMedia(Media.empty()));
            demo.window().model().sectionProperty().set(Section.MEDIA);
            return null;
        });
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private List<String> sources() throws Exception {
        return fx(() -> session.project().media().screenshots().stream().map(s -> s.source()).toList());
    }

    @Test
    void filesAndAFolderDroppedOnTheFilmstripComeInTheirOrderOffTheFxThreadWithProgress(FxRobot robot) throws Exception {
        Path second = capture(dir, "second.png", 1280, 720, 0x224466);
        Path first = capture(dir, "first.png", 1600, 900, 0x664422);
        Path folder = Files.createDirectories(dir.resolve("more"));
        Path b = capture(folder, "02-b.png", 1280, 720, 0x446622);
        Path a = capture(folder, "01-a.png", 1280, 720, 0x226644);
        Files.writeString(folder.resolve("notes.txt"), "not a capture");
        capture(Files.createDirectories(folder.resolve("nested")), "03-deeper.png", 1280, 720, 0x111111);
        Node filmstrip = robot.lookup("#filmstrip-screenshots").query();
        ProgressBar bar = robot.lookup("#mediaSection #loadProgress").queryAs(ProgressBar.class);
        List<Double> progress = new ArrayList<>();
        fx(() -> {
            bar.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            return null;
        });

        // In one FX turn: the drop is taken, the reading has started and shows, and nothing is in the project yet.
        record Right(FileDrops.Outcome outcome, boolean barShown, int screenshots) {
        }
        Right right = fx(() -> {
            FileDrops.Outcome outcome = FileDrops.drop(filmstrip, List.of(second, first, folder));
            return new Right(outcome, robot.lookup("#mediaSection #loadingBar").query().isVisible(),
                    session.project().media().screenshots().size());
        });
        assertThat(right.outcome()).isEqualTo(new FileDrops.Outcome(true, true));
        assertThat(right.barShown()).as("the reading shows its progress bar").isTrue();
        assertThat(right.screenshots()).as("read off the FX thread, so not in yet").isZero();

        waitUntil(() -> demo.window().isSettled() && session.project().media().screenshots().size() == 4);
        assertThat(sources()).containsExactly(second.toString(), first.toString(), a.toString(), b.toString());
        assertThat(fx(() -> progress.stream().mapToDouble(Double::doubleValue).max().orElse(0))).isPositive();
        assertThat(fx(() -> demo.window().model().status().message())).isEqualTo("Added 4 screenshots.");

        robot.interact(session::undo);
        assertThat(sources()).isEmpty();
    }

    @Test
    void anImagePastedWithShortcutVIsSavedToANewFileAndUndoRemovesIt(FxRobot robot) throws Exception {
        Path projectFolder = fx(() -> session.file().getParent());
        Set<Path> before = files(projectFolder);
        // Files already there under the names a paste might pick (this second and the next few): never written over.
        List<Path> taken = new ArrayList<>();
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (int s = 0; s < 5; s++) {
            String stamp = now.plusSeconds(s).format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            taken.add(Files.writeString(projectFolder.resolve("pasted-screenshot-" + stamp + ".png"), "mine " + s));
        }
        fx(() -> Clipboard.getSystemClipboard().setContent(imageContent(1280, 720)));

        robot.clickOn("#filmstrip-screenshots");
        robot.push(KeyCode.SHORTCUT, KeyCode.V);

        waitUntil(() -> demo.window().isSettled() && session.project().media().screenshots().size() == 1);
        Path pasted = Path.of(sources().get(0));
        assertThat(pasted.getParent()).isEqualTo(projectFolder);
        assertThat(pasted.getFileName().toString()).startsWith("pasted-screenshot-").endsWith(".png");
        assertThat(taken).doesNotContain(pasted);
        for (int s = 0; s < taken.size(); s++) {
            assertThat(Files.readString(taken.get(s))).isEqualTo("mine " + s);
        }
        BufferedImage saved = ImageIO.read(pasted.toFile());
        assertThat(saved.getWidth()).isEqualTo(1280);
        assertThat(saved.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x2563EB);
        assertThat(saved.getRGB(1270, 710) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        Set<Path> added = files(projectFolder);
        added.removeAll(before);
        added.removeAll(taken);
        assertThat(added).containsExactly(pasted);

        robot.interact(session::undo);
        assertThat(sources()).isEmpty();
    }

    @Test
    void thePasteButtonWithNothingToPasteSaysSoAndAddsNothing(FxRobot robot) throws Exception {
        fx(() -> Clipboard.getSystemClipboard().setContent(new ClipboardContent()));

        robot.clickOn("#pasteScreenshot");

        waitUntil(() -> demo.window().model().status().message()
                .equals("Nothing to paste: copy an image or an image file first."));
        assertThat(sources()).isEmpty();
    }

    /** A capture made in code: blue with a white lower right quarter. */
    private static ClipboardContent imageContent(int width, int height) {
        WritableImage image = new WritableImage(width, height);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels.setColor(x, y, x >= width / 2 && y >= height / 2 ? Color.WHITE : Color.web("#2563eb"));
            }
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        return content;
    }

    private static Set<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.collect(Collectors.toCollection(java.util.HashSet::new));
        }
    }
}
