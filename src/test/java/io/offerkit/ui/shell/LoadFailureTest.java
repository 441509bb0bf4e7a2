package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.DemoWindow;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file the user just chose that cannot be used is said where they are looking: in a dialog, whole, not only in
 * the status bar (where a long message is cut off; its tooltip then has it whole).
 */
@ExtendWith(ApplicationExtension.class)
class LoadFailureTest {
    @TempDir
    Path dir;
    DemoWindow demo;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    @Test
    void aLogoOverThePixelBudgetIsExplainedInADialog(FxRobot robot) throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), pngHeader(20_000, 20_000));

        robot.interact(() -> demo.window().logosView().chooseSource(huge));
        waitUntil(() -> !robot.lookup(".dialog-pane").queryAll().isEmpty());

        Label status = robot.lookup("#statusMessage").queryAs(Label.class);
        String said = fx(status::getText);
        assertThat(said).contains("huge.png").contains("20000x20000").endsWith("it was not decoded.");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(fx(dialog::getContentText))
                .contains("huge.png").contains("it was not decoded.");
        assertThat(fx(() -> status.getTooltip().getText())).isEqualTo(said);
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    /** A PNG signature and a valid IHDR declaring {@code width}x{@code height}, nothing else. */
    private static byte[] pngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 6, 0, 0, 0});
        byte[] typeAndData = chunk.toByteArray();
        out.writeInt(typeAndData.length - 4);
        out.write(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
