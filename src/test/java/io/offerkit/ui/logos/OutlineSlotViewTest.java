package io.offerkit.ui.logos;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.session.ProjectSession;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Teams outline icon's card: the demo logo's mark in white, and for a photo the reason and a way to give a mark. */
@ExtendWith(ApplicationExtension.class)
class OutlineSlotViewTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void theOutlineCardShowsTheMarkInWhiteAndForAPhotoTheReasonAndTheWayToGiveAMark(FxRobot robot) throws Exception {
        robot.interact(() -> session.update(p -> p.withProfileId("teams-app")));
        waitUntil(() -> robot.lookup("#slot-outline-32x32 .logo-image").tryQuery().isPresent());
        ImageView view = robot.lookup("#slot-outline-32x32 .logo-image").queryAs(ImageView.class);
        waitUntil(() -> view.getImage() != null);
        int[] argb = fx(() -> {
            int[] pixels = new int[32 * 32];
            view.getImage().getPixelReader().getPixels(0, 0, 32, 32, PixelFormat.getIntArgbInstance(), pixels, 0, 32);
            return pixels;
        });
        assertThat(argb).containsOnly(0xFFFFFFFF, 0x00000000).contains(0xFFFFFFFF);
        assertThat(robot.lookup("#chooseMark-outline-32x32").queryAs(Button.class).getText()).isEqualTo("Choose a mark…");
        assertThat(robot.lookup("#outlineHint-outline-32x32").queryAs(Label.class).getText()).startsWith("Made from the logo’s mark");
        assertThat(robot.lookup("#chooseMark-color-192x192").tryQuery()).isEmpty();

        Path photo = Files.write(dir.resolve("photo.png"), PngEncoder.encode(photo()));
        robot.interact(() -> session.update(p -> p.withLogo(p.logo().withSource(photo.toString()))));
        waitUntil(() -> view.getImage() == null);
        waitUntil(() -> robot.lookup("#slot-outline-32x32 .note").queryAll().stream().map(OutlineSlotViewTest::text)
                .anyMatch(t -> t.contains("cannot be told apart from its background") && t.contains("Give this slot a mark of its own")));
        String shots = System.getenv("OUTLINE_SHEET");
        if (shots != null) {
            Node card = robot.lookup("#slot-outline-32x32").query();
            javafx.scene.image.WritableImage shot = fx(() -> card.snapshot(null, null));
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            int[] pixels = new int[w * h];
            shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            image.setRGB(0, 0, w, h, pixels, 0, w);
            javax.imageio.ImageIO.write(image, "png", Path.of(shots).resolve("outline-card-photo.png").toFile());
        }
    }

    private static String text(Node node) {
        return node instanceof Label label ? label.getText() : "";
    }

    private static BufferedImage photo() {
        Random random = new Random(9);
        BufferedImage image = new BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 160 * 160; i++) {
            image.setRGB(i % 160, i / 160, random.nextInt(0x1000000));
        }
        return image;
    }
}
