package io.offerkit.project;

import io.offerkit.common.OfferKitException;

/** A project file that cannot be read or written, with what is wrong and where. */
public class ProjectException extends OfferKitException {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
