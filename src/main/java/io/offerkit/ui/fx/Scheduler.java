package io.offerkit.ui.fx;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs work later, on one background thread in submission order. Tests pass a scheduler with a virtual clock
 * instead, so "some seconds after the last edit" is tested without sleeping.
 */
public interface Scheduler {
    /** A scheduled run that can still be called off. */
    interface Pending {
        void cancel();
    }

    Pending schedule(Duration delay, Runnable work);

    /** One daemon thread: a slow disk never keeps the app alive, and writes never overtake each other. */
    static Scheduler singleThread(String name) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        return (delay, work) -> {
            ScheduledFuture<?> future = executor.schedule(work, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
