package io.offerkit.imaging.render;

/**
 * One thing worth telling the designer about an image (a rendered slot's guidance, a checked file's reason), in plain
 * English, with how much it matters, so it is shown in the matching style, and what kind of thing it is, so code
 * branches on the kind (an upscale, say) and never on the words, which are for people and may be reworded.
 */
public record Finding(Level level, String text, Kind kind) {
    /** What a finding is about: one value per guidance {@link SlotWarnings} gives, and a note made elsewhere. */
    public enum Kind {
        /** The source is smaller than the slot: it was scaled up and will look blurry. */
        UPSCALED,
        /** Stretch distorted the source to fill the slot. */
        STRETCHED,
        /** Cover cut away a noticeable share of the visible source. */
        CROPPED_BY_COVER,
        /** Every pixel of the slot is transparent. */
        EMPTY,
        /** A white background, on which the marketplace's white page swallows the edges. */
        WHITE_BACKGROUND,
        /** A black background, which the marketplace guidance advises against. */
        BLACK_BACKGROUND,
        /** The background is not a readable colour; transparency was used instead. */
        UNREADABLE_BACKGROUND,
        /** Almost all white, black or blue on transparency, which the marketplace forbids. */
        SINGLE_COLOUR_ON_TRANSPARENT,
        /** Most of the mark vanishes on a dark tile. */
        INVISIBLE_ON_DARK,
        /** Anything else: a note or reason made outside the renderer (Check sizes, a view). */
        NOTE
    }

    public Finding {
        if (level == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a finding needs a level and a text");
        }
        kind = kind == null ? Kind.NOTE : kind;
    }

    /** A finding of no particular kind (a {@link Kind#NOTE}). */
    public Finding(Level level, String text) {
        this(level, text, Kind.NOTE);
    }
}
