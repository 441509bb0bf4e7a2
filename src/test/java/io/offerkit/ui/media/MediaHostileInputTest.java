package io.offerkit.ui.media;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static io.offerkit.ui.media.MediaTestImages.capture;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.FormatCorpus;
import io.offerkit.imaging.PngFiles;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.project.Media;
import io.offerkit.project.Screenshot;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.shell.Section;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The hostile input in the Screenshots & videos section: a JPEG with a broken EXIF block comes in as stored
 * and says so; a capture declaring 100000x100000 and a truncated PNG are named and left out; a caption of 1 MB is
 * refused at the field; one with bidi and zero-width characters is kept and flagged. Nothing already in the project
 * is lost.
 */
@ExtendWith(ApplicationExtension.class)
class MediaHostileInputTest {
    private static final String EXIF_NOTE = "phone.jpg: its EXIF block is damaged, so the orientation it may give was"
            + " not applied and the image is used as stored; if it looks sideways, turn it upright in an image editor";

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

    private void add(List<Path> files, int expected) throws Exception {
        fx(() -> {
            demo.window().mediaView().addCaptures(files);
            return null;
        });
        waitUntil(() -> demo.window().isSettled() && session.project().media().screenshots().size() == expected);
    }

    private List<Screenshot> shots() throws Exception {
        return fx(() -> session.project().media().screenshots());
    }

    private String status() throws Exception {
        return fx(() -> demo.window().model().status().message());
    }

    @Test
    void aBrokenExifJpegComesInAsStoredAndSaysSoWhileABombAndACutPngAreLeftOut(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "kept.png", 1280, 720, 0x335577)), 1);
        robot.clickOn("#media-caption").write("Routes");
        waitUntil(() -> shots().get(0).caption().equals("Routes"));
        byte[] jpeg = FormatCorpus.jpeg(FormatCorpus.quadrants(1600, 900, new int[] {0xCC2200, 0x336699, 0xFFFFFF, 0}));
        Path phone = Files.write(dir.resolve("phone.jpg"), FormatCorpus.withSegment(jpeg, 0xE1,
                "Exif\0\0MM\0*\u00ff\u00ff\u00ff\u00f0".getBytes(StandardCharsets.ISO_8859_1)));
        Path huge = Files.write(dir.resolve("huge.png"), PngFiles.headerOnly(100_000, 100_000));
        byte[] png = PngEncoder.encode(FormatCorpus.quadrants(1280, 720, new int[] {0xCC2200, 0x336699, 0xFFFFFF, 0}));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 2));

        add(List.of(huge, phone, cut), 2);

        assertThat(shots()).extracting(Screenshot::source).containsExactly(dir.resolve("kept.png").toString(),
                phone.toString());
        assertThat(shots().get(0).caption()).isEqualTo("Routes");
        String said = status();
        assertThat(said).startsWith("Added 1 screenshot. Note: " + EXIF_NOTE + ". Not added: huge.png declares 100000x100000")
                .contains("; cut.png is ").doesNotContain("huge.png: ", "cut.png: ").doesNotContain("Exception", "\n");
        // The selected capture, the JPEG, carries the same note among its warnings.
        waitUntil(() -> robot.lookup("#media-warnings .media-warning").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(EXIF_NOTE + ".")));
        assertThat(fx(() -> robot.lookup("#media-capture-facts").queryAs(Label.class).getText()))
                .startsWith("phone.jpg").contains("1600");
    }

    @Test
    void aCaptionOfAMegabytePastedIsRefusedAtTheFieldAndTheCaptionIsKept(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "kept.png", 1280, 720, 0x335577)), 1);
        robot.clickOn("#media-caption").write("Routes");
        waitUntil(() -> shots().get(0).caption().equals("Routes"));
        String megabyte = "Route planning ".repeat(70_000).substring(0, 1 << 20);
        fx(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(megabyte);
            return Clipboard.getSystemClipboard().setContent(text);
        });

        robot.push(KeyCode.SHORTCUT, KeyCode.V);

        Label refused = robot.lookup("#media-caption-refused").queryAs(Label.class);
        waitUntil(refused::isVisible);
        assertThat(fx(refused::getText)).isEqualTo("Not taken: that would make it 1,048,582 characters long, and this"
                + " field holds at most 10,000. The caption is as it was.");
        assertThat(fx(() -> robot.lookup("#media-caption").queryAs(TextField.class).getText())).isEqualTo("Routes");
        assertThat(shots().get(0).caption()).isEqualTo("Routes");

        robot.write(" fast");
        waitUntil(() -> shots().get(0).caption().equals("Routes fast"));
        assertThat(fx(refused::isVisible)).as("the next edit taken clears the refusal").isFalse();
    }

    @Test
    void aCaptionWithBidiAndZeroWidthCharactersIsKeptAndTheWarningNamesThem(FxRobot robot) throws Exception {
        add(List.of(capture(dir, "kept.png", 1280, 720, 0x335577)), 1);
        String invisible = "Plan\u200B routes \u202Efast\u202C";
        fx(() -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(invisible);
            return Clipboard.getSystemClipboard().setContent(text);
        });
        robot.clickOn("#media-caption");

        robot.push(KeyCode.SHORTCUT, KeyCode.V);

        waitUntil(() -> shots().get(0).caption().equals(invisible));
        waitUntil(() -> robot.lookup("#media-warnings .media-warning").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Screenshot 1's caption: Invisible character U+200B (zero-width"
                        + " space) at position 5; delete it.")));
    }
}
