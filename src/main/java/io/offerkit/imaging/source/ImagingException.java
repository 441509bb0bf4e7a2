package io.offerkit.imaging.source;

import io.offerkit.common.OfferKitException;

/** An image that cannot be used, with the reason in the user's words (not an image, damaged, too large...). */
public class ImagingException extends OfferKitException {
    private static final long serialVersionUID = 1L;

    public ImagingException(String message) {
        super(message);
    }

    public ImagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
