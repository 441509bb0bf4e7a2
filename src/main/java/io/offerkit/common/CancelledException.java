package io.offerkit.common;

/**
 * Thrown by work that stopped because its {@link ProgressMonitor} was cancelled. It is not an error: there is no
 * message for the user, and whoever cancelled already knows. Nothing half-made is left behind by the work.
 */
public final class CancelledException extends Exception {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
