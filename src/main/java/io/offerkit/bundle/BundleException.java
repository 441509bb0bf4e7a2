package io.offerkit.bundle;

import io.offerkit.common.OfferKitException;

/** An export or bundle that failed, with what happened and what to do; nothing partial is left behind. */
public class BundleException extends OfferKitException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
