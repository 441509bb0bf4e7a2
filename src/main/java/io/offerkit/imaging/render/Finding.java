package io.offerkit.imaging.render;

/**
 * One thing worth telling the designer about an image (a rendered slot's guidance, a checked file's reason), in plain
 * English, with how much it matters, so it is shown in the matching style.
 */
public record Finding(Level level, String text) {
    public Finding {
        if (level == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a level and a text");
        }
    }
}
