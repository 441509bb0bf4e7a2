package io.offerkit.ui.fx;

import java.util.function.Consumer;

/**
 * "The newest request wins": each request (a load, a render, a preview) takes a {@link Ticket}; a slow result whose
 * ticket is no longer the newest is dropped, so an older answer never overwrites a newer one.
 */
public final class NewestRequest {
    private Ticket newest;

    /** A ticket for a new request; every ticket handed out before is stale from now on. */
    public Ticket next() {
        newest = new Ticket();
        return newest;
    }

    /** Makes every ticket handed out so far stale (a cancel, a clear): no result still on its way is applied. */
    public void dropAll() {
        newest = null;
    }

    /** One request's claim to have its result applied. */
    public final class Ticket {
        private Ticket() {
        }

        /** Whether this is still the newest request. */
        public boolean isCurrent() {
            return this == newest;
        }

        /** {@code then}, called only while this is still the newest request. */
        public <T> Consumer<T> ifCurrent(Consumer<T> then) {
            return value -> {
                if (isCurrent()) {
                    then.accept(value);
                }
            };
        }
    }
}
