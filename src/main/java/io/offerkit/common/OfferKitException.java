package io.offerkit.common;

/**
 * The one kind of error the core lets escape: something the user can act on, with a message written for them
 * (it names the file or field and says what is wrong). Anything else leaving the core is a bug.
 */
public class OfferKitException extends Exception {
    private static final long serialVersionUID = 1L;

    public OfferKitException(String message) {
        super(message);
    }

    public OfferKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
