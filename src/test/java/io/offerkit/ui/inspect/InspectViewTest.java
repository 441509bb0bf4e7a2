package io.offerkit.ui.inspect;

import static io.offerkit.ui.DemoWindow.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.app.OfferKitApp;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectViewTest {
    private static final long TIMEOUT_SECONDS = 15;

    @TempDir
    Path dir;
    WorkerPool executor;
    MainWindow window;

    @Start
    void start(Stage stage) {
        executor = new WorkerPool();
        window = MainWindow.create(new ProjectSession(ProfileRegistry.builtIn()), executor, new StatusMessages());
        OfferKitApp.install(stage, window);
        stage.show();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdown();
    }

    @Test
    void aWrongSizePngIsListedWithWhyItFitsNoSlot(FxRobot robot) throws Exception {
        Path wrong = Files.write(dir.resolve("logo-48.png"), PngEncoder.encode(new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB)));
        Path right = Files.write(dir.resolve("logo-90.png"), PngEncoder.encode(new BufferedImage(90, 90, BufferedImage.TYPE_INT_ARGB)));
        robot.clickOn("#nav-inspect");
        assertThat(robot.lookup("#inspectView").query().isVisible()).isTrue();

        robot.interact(() -> window.inspectView().add(List.of(wrong, right)));

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> fx(() -> robot.lookup(".inspect-reason").queryAllAs(Labeled.class).stream()
                        .anyMatch(l -> l.getText().contains("wrong size: 48x48, needs 40x40"))));
        List<String> badges = fx(() -> robot.lookup("#inspectList .badge").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(badges).containsExactly("Fits no slot", "Fits Medium logo (90x90)");
        assertThat(robot.lookup("#inspectSummary").queryLabeled().getText())
                .startsWith("Slots covered: 1 of 4; missing: Small logo (40x40)");
    }

    @Test
    void anInformationalNoteIsNotPaintedAsAProblem(FxRobot robot) throws Exception {
        BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_ARGB);
        Path untagged = dir.resolve("untagged.png");
        ImageIO.write(image, "png", untagged.toFile()); // no sRGB chunk
        robot.clickOn("#nav-inspect");
        robot.interact(() -> window.inspectView().add(List.of(untagged)));

        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> reason(robot, "no colour space tag") != null));
        assertThat(fx(() -> reason(robot, "no colour space tag").getStyleClass())).contains("note-info").doesNotContain("note-problem");
        assertThat(fx(() -> reason(robot, "wrong size: 48x48").getStyleClass())).contains("note-problem");
    }

    private static Labeled reason(FxRobot robot, String text) {
        return robot.lookup(".inspect-reason").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText().contains(text)).findFirst().orElse(null);
    }
}
