package io.offerkit.ui.shell;

import static io.offerkit.ui.DemoWindow.fx;
import static io.offerkit.ui.DemoWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.bundle.BundleReader;
import io.offerkit.bundle.BundleVerifier;
import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.MissingFiles;
import io.offerkit.ui.DemoWindow;
import io.offerkit.ui.fx.WorkerPool;
import io.offerkit.ui.session.ProjectSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export asks first when the offer is not ready, and a bundle opens back into an empty folder. */
@ExtendWith(ApplicationExtension.class)
class ExportAndBundleTest {
    @TempDir
    Path dir;
    DemoWindow demo;
    ProjectSession session;
    WorkerPool executor;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        demo = DemoWindow.show(stage, dir);
        session = demo.session();
        executor = demo.executor();
        window = demo.window();
    }

    @AfterEach
    void stopExecutor() {
        demo.close();
    }

    /** The draft question (other tests' dialogs may still be open in this JVM: pick ours by its text). */
    private DialogPane draftQuestion(FxRobot robot) throws Exception {
        return dialog(robot, "Export as a draft?");
    }

    private DialogPane dialog(FxRobot robot, String text) throws Exception {
        Callable<Optional<DialogPane>> find = () -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> d.isVisible() && d.getContentText() != null && d.getContentText().contains(text)).findFirst();
        waitUntil(() -> find.call().isPresent());
        return fx(find).orElseThrow();
    }

    /** The session's project exported as the command line does, without the window. */
    private void exportWithTheCore(Path target) throws Exception {
        Exporter.export(session.profile(), session.project(),
                LogoSetRenderer.render(session.profile(), session.project().logo()),
                "test", target, ExportProgress.NONE);
    }

    private static void press(FxRobot robot, DialogPane pane, String buttonText) {
        ButtonType type = pane.getButtonTypes().stream()
                .filter(b -> b.getText().equals(buttonText)).findFirst().orElseThrow();
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @Test
    void exportingAnUnreadyOfferAsksFirstAndWritesADraftZip(FxRobot robot) throws Exception {
        Path zip = dir.resolve("offer.zip");
        // As a user does: the logos have rendered (until then their checklist items fail, and the question says so).
        waitUntil(() -> robot.lookup("#check-logo-wide-255x115").query().getStyleClass().contains("row-pass"));
        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(zip));

        DialogPane question = draftQuestion(robot);
        assertThat(question.getContentText()).startsWith("3 items await confirmation. Export as a draft?");
        press(robot, question, "Export as Draft");

        waitUntil(() -> Files.exists(zip) && !window.model().export().exportingProperty().get());
        assertThat(BundleVerifier.verify(BundleReader.read(zip), ProfileRegistry.builtIn()).draft()).isTrue();
        assertThat(fx(() -> window.model().status().message())).startsWith("Exported to");
    }

    @Test
    void cancellingTheQuestionWritesNothing(FxRobot robot) throws Exception {
        Path zip = dir.resolve("not-written.zip");
        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(zip));
        press(robot, draftQuestion(robot), "Cancel");
        waitUntil(() -> "Export not started.".equals(window.model().status().message()));
        assertThat(zip).doesNotExist();
    }

    /** Issue 13, item 1: Export to Folder on a folder holding a ZIP removed the ZIP. */
    @Test
    void aFolderOfOtherFilesGetsTheBundleInANewFolderNamedAfterTheProject(FxRobot robot) throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("Desktop"));
        Files.writeString(chosen.resolve("offer.zip"), "someone's zip");
        Files.writeString(chosen.resolve("notes.txt"), "hi");
        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(chosen));
        press(robot, draftQuestion(robot), "Export as Draft");

        Path bundle = chosen.resolve("contoso-route-planner");
        waitUntil(() -> Files.exists(bundle.resolve("offer.json")) && !window.model().export().exportingProperty().get());
        assertThat(Files.readString(chosen.resolve("offer.zip"))).isEqualTo("someone's zip");
        assertThat(Files.readString(chosen.resolve("notes.txt"))).isEqualTo("hi");
        assertThat(fx(() -> window.model().status().message())).isEqualTo("Exported to " + bundle + ".");
    }

    /** The file's bytes, or null while it is not there. */
    private static byte[] bytesIfThere(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException notThereNow) {
            return null;
        }
    }

    @Test
    void replacingAnEarlierExportAsksFirst(FxRobot robot) throws Exception {
        Path earlier = dir.resolve("earlier");
        exportWithTheCore(earlier);
        byte[] before = Files.readAllBytes(earlier.resolve("offer.json"));

        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(earlier));
        DialogPane question = dialog(robot, "holds the earlier export of Contoso Route Planner. Replace it?");
        assertThat(question.getContentText()).startsWith("“earlier” holds the earlier export of Contoso Route Planner.")
                .contains(earlier.toString());
        press(robot, question, "Cancel");
        waitUntil(() -> "Export not started.".equals(window.model().status().message()));
        assertThat(Files.readAllBytes(earlier.resolve("offer.json"))).isEqualTo(before);
        assertThat(earlier.resolve("contoso-route-planner")).doesNotExist();

        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(earlier));
        press(robot, dialog(robot, "Replace it?"), "Replace");
        press(robot, draftQuestion(robot), "Export as Draft");
        // The replace swaps the whole folder, so offer.json is briefly absent while it runs: wait past that moment.
        waitUntil(() -> {
            byte[] now = bytesIfThere(earlier.resolve("offer.json"));
            return now != null && !Arrays.equals(now, before) && !window.model().export().exportingProperty().get();
        });
        assertThat(fx(() -> window.model().status().message())).isEqualTo("Exported to " + earlier + ".");
        assertThat(earlier.resolve("contoso-route-planner")).doesNotExist();
    }

    @Test
    void aZipThatIsNotAnOfferKitExportIsRefused(FxRobot robot) throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.zip"), "my archive");
        WaitForAsyncUtils.asyncFx(() -> window.exports().exportAfterAsking(mine));
        DialogPane refusal = dialog(robot, "mine.zip is not an OfferKit export");
        press(robot, refusal, "OK");
        assertThat(fx(() -> window.model().status().message())).startsWith("Export failed: mine.zip is not an OfferKit export");
        assertThat(Files.readString(mine)).isEqualTo("my archive");
    }

    @Test
    void aBundleOpensIntoAnEmptyFolderAndAHostileOneIsRefused(FxRobot robot) throws Exception {
        Path zip = dir.resolve("bundle.zip");
        exportWithTheCore(zip);
        Path into = dir.resolve("opened");
        String[] error = new String[1];

        robot.interact(() -> window.model().openBundle(zip, into, e -> error[0] = e));

        waitUntil(() -> session.file() != null && session.file().startsWith(into));
        assertThat(error[0]).isNull();
        assertThat(fx(() -> session.project().appName())).isEqualTo("Contoso Route Planner");
        assertThat(MissingFiles.of(fx(session::project))).isEmpty();

        Path hostile = dir.resolve("hostile.zip");
        try (OutputStream out = Files.newOutputStream(hostile); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../escape.offerkit"));
            z.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        Path before = session.file();
        robot.interact(() -> window.model().openBundle(hostile, dir.resolve("other"), e -> error[0] = e));
        waitUntil(() -> error[0] != null);
        assertThat(error[0]).contains("unsafe").contains("Refused");
        assertThat(dir.resolve("escape.offerkit")).doesNotExist();
        assertThat(fx(session::file)).isEqualTo(before);
    }
}
