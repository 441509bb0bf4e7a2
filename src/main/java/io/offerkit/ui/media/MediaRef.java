package io.offerkit.ui.media;

import io.offerkit.profile.MediaKind;

/**
 * One screenshot or video of the project, by its place in the listing: what the section has selected and edits.
 *
 * @param index from 0, in listing order
 */
public record MediaRef(MediaKind kind, int index) {

    public static MediaRef screenshot(int index) {
        return new MediaRef(MediaKind.SCREENSHOT, index);
    }

    public static MediaRef video(int index) {
        return new MediaRef(MediaKind.VIDEO, index);
    }

    public boolean isVideo() {
        return kind == MediaKind.VIDEO;
    }

    /** Its number in the listing, from 1, as the checklist and the bundle name it. */
    public int number() {
        return index + 1;
    }
}
