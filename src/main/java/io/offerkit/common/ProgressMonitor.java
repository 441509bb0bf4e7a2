package io.offerkit.common;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Follows and stops long work (decoding a large logo, reducing it) from another thread. The worker reports the
 * fraction of its work done, 0 to 1 and never decreasing, and at safe points (a row, a pass, a stage) calls
 * {@link #checkCancelled()}, which throws {@link CancelledException} once someone has cancelled. Both calls are
 * made on the worker's thread and must be cheap.
 */
public interface ProgressMonitor {
    /** Nobody is watching and nobody cancels. */
    ProgressMonitor NONE = of(() -> false, fraction -> { });

    /** Whether the work should stop; may be called from any thread. */
    boolean isCancelled();

    /** The fraction of the work done so far, 0 to 1. */
    void progress(double fraction);

    default void checkCancelled() throws CancelledException {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * A monitor for one stage of the work that spans {@code from..to} of this one: the stage reports its own 0..1
     * and this monitor sees it mapped into that range. Cancellation is shared.
     */
    default ProgressMonitor slice(double from, double to) {
        if (this == NONE) {
            return NONE; // nothing to report to: and work given NONE may take shortcuts a cancellable job cannot
        }
        ProgressMonitor whole = this;
        return of(whole::isCancelled, f -> whole.progress(from + (to - from) * Math.max(0, Math.min(1, f))));
    }

    static ProgressMonitor of(BooleanSupplier cancelled, DoubleConsumer progress) {
        return new ProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }

            @Override
            public void progress(double fraction) {
                progress.accept(fraction);
            }
        };
    }
}
