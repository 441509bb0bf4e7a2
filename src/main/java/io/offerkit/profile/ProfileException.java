package io.offerkit.profile;

import io.offerkit.common.OfferKitException;

/** A profile that cannot be found or read, with what is wrong in it. */
public class ProfileException extends OfferKitException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
