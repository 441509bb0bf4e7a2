package io.offerkit.ui.logos;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.BigPng;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a logo while reading is slow: progress, cancel, and a newer load overtaking an older one. */
class LoadingTest {
    @TempDir
    Path dir;
    ProjectSession session;
    HeldWork held = new HeldWork();
    /** Every progress value the work itself reported, whether or not the view-model still listened. */
    List<Double> reported = new CopyOnWriteArrayList<>();
    BackgroundWork recording = new BackgroundWork() {
        @Override
        public <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            held.submit(what, work, onDone, onError);
        }

        @Override
        public <T> Cancellable submitCancellable(String what, MonitoredWork<T> work, DoubleConsumer onProgress,
                                                 Consumer<T> onDone, Consumer<Throwable> onError) {
            return BackgroundWork.super.submitCancellable(what, work, f -> {
                reported.add(f);
                onProgress.accept(f);
            }, onDone, onError);
        }
    };
    StatusMessages status = new StatusMessages();
    LogosViewModel model;
    String before;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        LiveLogoSet logos = new LiveLogoSet(session, BackgroundWork.direct());
        model = new LogosViewModel(session, logos, recording, status);
        held.runAll();
        before = session.project().logo().source();
    }

    /** The user presses Cancel while the decoder is a third of the way through. */
    private void cancelAtAThird() {
        model.loadProgressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 0.3) {
                model.cancelLoad();
            }
        });
    }

    private void assertTheDecoderStoppedAtAThird() {
        assertThat(reported).as("the decoder saw the cancel and stopped").isNotEmpty().isSorted();
        assertThat(reported.get(reported.size() - 1)).isBetween(0.3, 0.4);
    }

    private Path png(String name, int side) throws Exception {
        return Files.write(dir.resolve(name), PngEncoder.encode(new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB)));
    }

    @Test
    void aLoadShowsProgressUntilItIsDone() throws Exception {
        Path file = png("new.png", 300);
        model.chooseSource(file);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.loadingTextProperty().get()).isEqualTo("Reading new.png…");
        assertThat(session.project().logo().source()).isEqualTo(before);

        held.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(session.project().logo().source()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void aCancelledLoadKeepsTheOldLogo() throws Exception {
        model.chooseSource(png("new.png", 300));
        model.cancelLoad();
        assertThat(model.loadingProperty().get()).isFalse();

        held.runAll(); // the read finishes after the cancel
        assertThat(session.project().logo().source()).isEqualTo(before);
        assertThat(session.isDirty()).isFalse();
        assertThat(status.message()).isEqualTo("Loading cancelled; the logo is unchanged.");
    }

    @Test
    void aLoadReportsItsProgressUpToOne() throws Exception {
        Path file = Files.write(dir.resolve("big.png"), BigPng.rgb(1200, 900));
        model.chooseSource(file);
        assertThat(model.loadProgressProperty().get()).isZero();
        held.runAll();
        assertThat(model.loadProgressProperty().get()).isEqualTo(1.0);
        assertThat(reported).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void cancelStopsTheDecodingItselfAndThePreviousLogoStays() throws Exception {
        Path file = Files.write(dir.resolve("big.png"), BigPng.rgb(1200, 900));
        cancelAtAThird();
        model.chooseSource(file);
        held.runAll();

        assertTheDecoderStoppedAtAThird();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(session.project().logo().source()).isEqualTo(before);
        assertThat(session.isDirty()).isFalse();
        assertThat(status.isError()).isFalse();
        assertThat(status.message()).isEqualTo("Loading cancelled; the logo is unchanged.");
    }

    @Test
    void aNewerLoadStopsTheWorkOfTheOlderOne() throws Exception {
        Path first = Files.write(dir.resolve("first.png"), BigPng.rgb(1200, 900));
        model.chooseSource(first);
        model.chooseSource(png("second.png", 200));
        held.runNext(); // the first load's work: stopped before decoding a row
        assertThat(reported).allMatch(f -> f <= 0.05);
        held.runAll();
        assertThat(session.project().logo().source()).endsWith("second.png");
        assertThat(status.isError()).isFalse();
    }

    @Test
    void aNewerLoadWinsOverAnOlderOneThatFinishesLater() throws Exception {
        Path first = png("first.png", 300);
        Path second = png("second.png", 200);
        model.chooseSource(first);
        model.chooseSource(second);
        held.runAll();
        assertThat(session.project().logo().source()).isEqualTo(second.toAbsolutePath().toString());
    }

    @Test
    void aPastedImageIsSavedNextToTheProjectAndBecomesTheLogo() throws Exception {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(5, 5, 0xFF2563EB);
        model.pasteImage(image);
        held.runAll();

        Path source = Path.of(session.project().logo().source());
        assertThat(source.getParent()).isEqualTo(session.file().getParent());
        assertThat(source.getFileName().toString()).startsWith("pasted-logo-").endsWith(".png");
        assertThat(ImageIO.read(source.toFile()).getRGB(5, 5)).isEqualTo(0xFF2563EB);
    }

    private static final String SMALL = "small-40x40";
    private static final String WIDE = "wide-255x115";

    @Test
    void aSlotCanTakeAnotherImageAndKeepsItAcrossAReset() throws Exception {
        LogoControlsViewModel controls = model.controls();
        Path mark = png("mark.png", 64);
        controls.selectedSlotProperty().set(SMALL);
        controls.useAlternateSource(mark);
        assertThat(model.loadingProperty().get()).as("the slot's image loads like the logo").isTrue();
        assertThat(model.loadingTextProperty().get()).isEqualTo("Reading mark.png…");
        assertThat(session.project().logo().settingsFor(SMALL).source()).isEqualTo(before);
        held.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(session.project().logo().settingsFor(SMALL).source()).isEqualTo(mark.toAbsolutePath().toString());
        assertThat(session.project().logo().settingsFor(WIDE).source()).isEqualTo(before);
        assertThat(controls.slotOverriddenProperty().get()).as("an image alone is not own settings").isFalse();
        assertThat(controls.alternateTextBinding().get()).isEqualTo("Own image: mark.png");
        assertThat(status.message()).isEqualTo("Slot " + SMALL + " now uses mark.png.");

        controls.overrideSelectedSlot();
        controls.resetSelectedSlot();
        assertThat(session.project().logo().settingsFor(SMALL).source()).isEqualTo(mark.toAbsolutePath().toString());

        controls.useMainSource();
        assertThat(session.project().logo().slots()).isEmpty();
        assertThat(session.project().logo().settingsFor(SMALL).source()).isEqualTo(before);
    }

    @Test
    void anAlternateImageThatDoesNotDecodeChangesNothing() throws Exception {
        Path bogus = Files.writeString(dir.resolve("mark.png"), "not a png");
        model.controls().selectedSlotProperty().set(SMALL);
        model.controls().useAlternateSource(bogus);
        held.runAll();
        assertThat(session.project().logo().slots()).isEmpty();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).startsWith("Slot image not changed:");
    }

    @Test
    void aLargeSlotImageShowsProgressAndCanBeCancelledMidway() throws Exception {
        Path file = Files.write(dir.resolve("wordmark.png"), BigPng.rgb(1200, 900));
        cancelAtAThird();
        model.controls().selectedSlotProperty().set(WIDE);
        model.controls().useAlternateSource(file);
        held.runAll();

        assertTheDecoderStoppedAtAThird();
        assertThat(session.project().logo().slots()).isEmpty();
        assertThat(session.isDirty()).isFalse();
        assertThat(status.message()).isEqualTo("Loading cancelled; the logo is unchanged.");
    }
}
