package io.offerkit.project.textfolder;

import io.offerkit.common.OfferKitException;

/** A text folder that cannot be written or read in: one line naming the file and what is wrong. Nothing was changed. */
public class TextFolderException extends OfferKitException {
    private static final long serialVersionUID = 1L;

    public TextFolderException(String message) {
        super(message);
    }

    public TextFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
