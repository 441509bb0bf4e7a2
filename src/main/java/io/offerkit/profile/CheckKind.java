package io.offerkit.profile;

/** Whether OfferKit can decide an item from the project, or the publisher must confirm it. */
public enum CheckKind {
    AUTOMATIC,
    ATTESTED
}
