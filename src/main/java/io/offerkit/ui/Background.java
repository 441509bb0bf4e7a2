package io.offerkit.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where slow work (decoding, rendering, exporting) runs, so the FX thread never blocks. Results and errors are
 * delivered on the FX thread. Tests of view-models use {@link #direct()}, which runs everything inline.
 */
public interface Background {
    <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    /** Runs work inline on the caller's thread: deterministic, for tests without a toolkit. */
    static Background direct() {
        return new Background() {
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
