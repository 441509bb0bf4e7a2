package io.offerkit.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Runs a fuzz property over {@code -Dfuzz.tries} cases (default {@value #DEFAULT}): CI runs a short bounded fuzz, a long
 * run needs no code change. Case {@code i} uses the seed {@code fuzz.seed + i}, so a failure names the seed that
 * replays it ({@code -Dfuzz.seed=S -Dfuzz.tries=1}).
 */
final class FuzzTries {
    /** Enough to hit every mutation kind on every sample, small enough for the whole suite to stay under a minute. */
    static final int DEFAULT = 200;
    static final long DEFAULT_SEED = 20261124L;

    private FuzzTries() {
    }

    static int tries() {
        return Integer.getInteger("fuzz.tries", DEFAULT);
    }

    @FunctionalInterface
    interface Case {
        void run(List<Mutation> edits) throws Exception;
    }

    static void forEachCase(String property, Case body) {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        for (int i = 0; i < tries(); i++) {
            List<Mutation> edits = Mutations.random(new Random(seed + i));
            try {
                body.run(edits);
            } catch (Exception | AssertionError e) {
                throw new AssertionError(property + " failed on case " + i + " (replay with -Dfuzz.seed=" + (seed + i)
                        + " -Dfuzz.tries=1); edits: " + edits, e);
            }
        }
    }
}
