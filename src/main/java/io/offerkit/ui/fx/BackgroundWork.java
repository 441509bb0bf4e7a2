package io.offerkit.ui.fx;

import io.offerkit.common.ProgressMonitor;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Where slow work (decoding, rendering, exporting) runs, so the FX thread never blocks. Results and errors are
 * delivered on the FX thread. Tests of view-models use {@link #direct()}, which runs everything inline.
 */
public interface BackgroundWork {
    <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Work that reports its progress to, and stops when cancelled through, a {@link ProgressMonitor}. */
    @FunctionalInterface
    interface MonitoredWork<T> {
        T call(ProgressMonitor monitor) throws Exception;
    }

    /** Submitted monitored work. */
    @FunctionalInterface
    interface Cancellable {
        /** Asks the work to stop (its monitor reports cancelled from now on); its callbacks are not called. */
        void cancel();
    }

    /**
     * Runs work that reports its progress (0..1, to {@code onProgress} on the FX thread) and can be stopped through
     * the returned handle. This default runs through {@link #submit} and reports on the worker's thread, which for
     * {@link #direct()} and test doubles is the caller's.
     */
    default <T> Cancellable submitCancellable(String what, MonitoredWork<T> work, DoubleConsumer onProgress,
                                              Consumer<T> onDone, Consumer<Throwable> onError) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressMonitor monitor = ProgressMonitor.of(cancelled::get, onProgress);
        submit(what, () -> work.call(monitor), result -> {
            if (!cancelled.get()) {
                onDone.accept(result);
            }
        }, error -> {
            if (!cancelled.get()) {
                onError.accept(error);
            }
        });
        return () -> cancelled.set(true);
    }

    /** Runs work inline on the caller's thread: deterministic, for tests without a toolkit. */
    static BackgroundWork direct() {
        return new BackgroundWork() {
            @Override
            public <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onError.accept(e);
                    return;
                }
                onDone.accept(result);
            }
        };
    }
}
