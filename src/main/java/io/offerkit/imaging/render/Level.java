package io.offerkit.imaging.render;

/**
 * How much a note about an image matters, so it is shown in a matching style: {@code INFO} is worth knowing and needs
 * nothing done, {@code WARNING} is guidance the designer should follow, {@code ERROR} makes the image unusable.
 */
public enum Level {
    INFO,
    WARNING,
    ERROR
}
