package io.offerkit.profile;

/** What a media group holds: listing screenshots, or the thumbnails of the listing's videos. */
public enum MediaKind {
    SCREENSHOT,
    VIDEO
}
