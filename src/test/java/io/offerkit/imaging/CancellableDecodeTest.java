package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A decode reports monotonic progress and stops soon after it is cancelled from another thread: our own PNG decoder
 * (per slice of inflated data, per row), the ImageIO readers (abort at their next progress report), and the
 * reduction to a working copy.
 */
class CancellableDecodeTest {
    /** 8000x8000 RGB in one IDAT chunk: the worst case for a decoder that would only look between chunks. */
    private static final int SIDE = 8000;
    private static byte[] bigPng;
    private static ExecutorService worker;

    @BeforeAll
    static void makeBigPng() throws IOException {
        bigPng = BigPng.rgb(SIDE, SIDE);
        worker = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
        bigPng = null;
    }

    /** Records progress and can be cancelled from any thread. */
    static class Recorder implements ProgressMonitor {
        final List<Double> values = new CopyOnWriteArrayList<>();
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile double latest;

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void progress(double fraction) {
            values.add(fraction);
            latest = fraction;
        }

        void assertMonotonicWithin0And1() {
            assertThat(values).isNotEmpty();
            double previous = 0;
            for (double v : values) {
                assertThat(v).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
                previous = v;
            }
        }
    }

    @Test
    void cancellingABigPngDecodeFromAnotherThreadReturnsPromptly() throws Exception {
        Recorder full = new Recorder();
        long start = System.nanoTime();
        SourceImage image = ImageDecoder.read(bigPng, "big.png", full);
        long fullNanos = System.nanoTime() - start;
        assertThat(image.width()).isEqualTo(SIDE);
        image = null;
        full.assertMonotonicWithin0And1();
        assertThat(full.values.get(full.values.size() - 1)).isEqualTo(1.0);
        assertThat(full.values.size()).as("reported row by row").isGreaterThan(SIDE);

        // Once while inflating (the first half), once while undoing the row filters (the second).
        for (double cancelAt : new double[] {0.1, 0.6}) {
            CountDownLatch reached = new CountDownLatch(1);
            Recorder recorder = new Recorder() {
                @Override
                public void progress(double fraction) {
                    super.progress(fraction);
                    if (fraction >= cancelAt) {
                        reached.countDown();
                    }
                }
            };
            Future<?> decode = worker.submit(() -> ImageDecoder.read(bigPng, "big.png", recorder));
            assertThat(reached.await(60, TimeUnit.SECONDS)).as("progress reached %.1f", cancelAt).isTrue();
            assertThat(decode.isDone()).as("still running when cancelled at %.1f", cancelAt).isFalse();
            long cancelled = System.nanoTime();
            recorder.cancelled.set(true);
            try {
                decode.get(5, TimeUnit.SECONDS);
                throw new AssertionError("a cancelled decode returned an image");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(CancelledException.class);
            }
            long stopNanos = System.nanoTime() - cancelled;
            assertThat(TimeUnit.NANOSECONDS.toMillis(stopNanos)).as("ms to stop after the cancel (full decode %d ms)",
                    TimeUnit.NANOSECONDS.toMillis(fullNanos)).isLessThan(2000).isLessThan(fullNanos / 1_000_000 / 4);
            recorder.assertMonotonicWithin0And1();
            assertThat(recorder.latest).isLessThan(1.0);
        }
    }

    @Test
    void anInterlacedPngReportsEveryPassAndEndsAtOne() throws Exception {
        BufferedImage logo = TestImages.logo(300, 200, false);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (var ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(logo, null, null), param);
        }
        Recorder recorder = new Recorder();
        ImageDecoder.read(out.toByteArray(), "adam7.png", recorder);
        recorder.assertMonotonicWithin0And1();
        assertThat(recorder.latest).isEqualTo(1.0);
    }

    @Test
    void jpegAndTiffThroughImageIoAreAbortedAtTheirNextProgressReport() throws Exception {
        BufferedImage rgb = new BufferedImage(2400, 2400, BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(TestImages.logo(2400, 2400, true), 0, 0, null);
        for (String format : new String[] {"jpeg", "tiff"}) {
            byte[] file = format.equals("jpeg") ? FormatCorpus.jpeg(rgb) : stripedTiff(rgb);

            Recorder whole = new Recorder();
            assertThat(ImageDecoder.read(file, "whole." + format, whole).width()).isEqualTo(2400);
            whole.assertMonotonicWithin0And1();
            assertThat(whole.latest).as(format).isEqualTo(1.0);
            assertThat(whole.values.size()).as("%s reports while it reads", format).isGreaterThan(10);

            // Cancelled by the listener's own thread of events once a fifth is read: the reader must stop there.
            Recorder recorder = new Recorder() {
                @Override
                public void progress(double fraction) {
                    super.progress(fraction);
                    if (fraction >= 0.2) {
                        cancelled.set(true);
                    }
                }
            };
            assertThatThrownBy(() -> ImageDecoder.read(file, "cancelled." + format, recorder))
                    .as(format).isInstanceOf(CancelledException.class);
            recorder.assertMonotonicWithin0And1();
            assertThat(recorder.latest).as("%s stopped early", format).isLessThan(0.5);
        }
    }

    @Test
    void reducingToAWorkingCopyStopsWhenCancelled() throws Exception {
        SourceImage big = TestImages.source(TestImages.logo(3000, 3000, false));
        Recorder recorder = new Recorder() {
            @Override
            public void progress(double fraction) {
                super.progress(fraction);
                if (fraction >= 0.3) {
                    cancelled.set(true);
                }
            }
        };
        assertThatThrownBy(() -> WorkingCopy.of(big, 500, recorder)).isInstanceOf(CancelledException.class);
        recorder.assertMonotonicWithin0And1();
        assertThat(recorder.latest).isLessThan(0.5);

        Recorder whole = new Recorder();
        assertThat(WorkingCopy.of(big, 500, whole).width()).isEqualTo(500);
        whole.assertMonotonicWithin0And1();
        assertThat(whole.latest).isEqualTo(1.0);
    }

    @Test
    void nothingIsCancelledWithoutAMonitor() throws Exception {
        assertThat(ProgressMonitor.NONE.isCancelled()).isFalse();
        Recorder recorder = new Recorder();
        ProgressMonitor half = recorder.slice(0.5, 1.0);
        half.progress(0.5);
        half.progress(2); // clamped to the slice
        assertThat(recorder.values).containsExactly(0.75, 1.0);
        recorder.cancelled.set(true);
        assertThatThrownBy(half::checkCancelled).isInstanceOf(CancelledException.class);
    }

    /**
     * A TIFF in strips of a few rows, as most writers make them (the JDK's writer does; TwelveMonkeys' writes one
     * strip, which its reader reports, and so can abort, only once).
     */
    private static byte[] stripedTiff(BufferedImage rgb) throws IOException {
        ImageWriter writer = null;
        for (var it = ImageIO.getImageWritersByFormatName("tiff"); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.")) {
                writer = candidate;
            }
        }
        assertThat(writer).as("the JDK's TIFF writer").isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
