package io.offerkit.ui.fx;

import io.offerkit.common.ProgressMonitor;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;

/**
 * The app's one executor for background work: daemon threads (a stuck render never keeps the app alive) running
 * {@link Task}s, whose completion handlers JavaFX calls on the FX thread.
 */
public final class WorkerPool implements BackgroundWork {
    private final ExecutorService executor;

    public WorkerPool() {
        this.executor = Executors.newFixedThreadPool(2, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "offerkit-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        execute(task);
    }

    /**
     * The work's monitor is the {@link Task}'s own state: {@link Task#cancel} stops it at its next check, and its
     * progress goes through {@link Task#updateProgress}, which coalesces a burst of reports into one FX update.
     */
    @Override
    public <T> Cancellable submitCancellable(String what, MonitoredWork<T> work, DoubleConsumer onProgress,
                                             Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(ProgressMonitor.of(this::isCancelled, fraction -> updateProgress(fraction, 1)));
            }
        };
        task.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 0) {
                onProgress.accept(now.doubleValue());
            }
        });
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        execute(task);
        return () -> task.cancel(false);
    }

    /**
     * Runs plain work that touches nothing of JavaFX, so it can start before the toolkit does (start-up); the future
     * completes on the worker thread. Once the app is closing the future is cancelled instead.
     */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.cancel(false);
        }
        return result;
    }

    /**
     * Runs a task; after {@link #shutdown} (the app is closing) new work is dropped, not thrown back at the caller.
     * Private: work comes in through {@link #submit} and {@link #submitCancellable}, the doors tests can replace.
     */
    private void execute(Task<?> task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            task.cancel(); // the app is closing: work asked for now (an autosave, a late render) is dropped, not an error
        }
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
