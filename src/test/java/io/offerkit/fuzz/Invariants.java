package io.offerkit.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.offerkit.common.OfferKitException;
import java.time.Duration;

/**
 * The contract every reader of outside input keeps: it returns a result or throws one of OfferKit's own typed
 * errors (which carry a message for the user), within a time limit. Anything else — a raw RuntimeException, an
 * OutOfMemoryError, a StackOverflowError, a hang — fails the property.
 */
final class Invariants {
    /** Generous for a 2-core CI machine shared with other builds; every valid sample decodes in milliseconds. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private Invariants() {
    }

    /** Runs {@code call}; a typed error is a fine outcome, anything else is an assertion failure naming it. */
    static void typedOrValid(String what, Call call) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                call.run();
            } catch (OfferKitException expected) {
                // the input was refused with a message for the user: the contract holds
            } catch (Throwable t) {
                throw new AssertionError(what + " let an untyped " + t.getClass().getName() + " escape: "
                        + t.getMessage(), t);
            }
        }, what + " did not finish within " + LIMIT.toSeconds() + " s");
    }

    /** For APIs that promise never to throw (they report problems in their result). */
    static void neverThrows(String what, Call call) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                call.run();
            } catch (Throwable t) {
                throw new AssertionError(what + " threw " + t.getClass().getName() + ": " + t.getMessage(), t);
            }
        }, what + " did not finish within " + LIMIT.toSeconds() + " s");
    }
}
