package io.offerkit.ui.fx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link BackgroundWork} that holds submitted work until the test runs it, so tests can finish jobs in any order,
 * or not at all (a load that is cancelled while it is still reading).
 */
public final class HeldWork implements BackgroundWork {
    private final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        held.add(() -> BackgroundWork.direct().submit(what, work, onDone, onError));
    }

    public int pending() {
        return held.size();
    }

    /** Runs the oldest held job (its completion may submit more). */
    public void runNext() {
        held.removeFirst().run();
    }

    /** Runs held jobs, and the jobs they submit, until none is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            runNext();
        }
    }
}
