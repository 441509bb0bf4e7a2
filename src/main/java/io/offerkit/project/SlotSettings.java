package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.function.Consumer;

/**
 * How one slot is rendered: its fit, padding, background, trim, alignment, focus point and sharpening. In a
 * project's per-slot overrides every field may be null, meaning "as the defaults"; {@link #over(SlotSettings)}
 * resolves an override against the defaults, and a renderer takes only resolved settings ({@link #resolved()},
 * {@code LogoSettings.settingsFor}). The limits and defaults of these values are stated here, once, for the controls,
 * the command line and the renderer.
 *
 * @param paddingPercent padding on each side, in percent of the slot's shorter side
 *                       ({@value #MIN_PADDING_PERCENT}..{@value #MAX_PADDING_PERCENT})
 * @param background     transparency or an opaque colour
 * @param source         an alternate source image for this slot (an icon-only mark for the smallest slot)
 * @param focusX         for {@link Fit#COVER}: the point of the source kept in view, 0..1 from the left
 * @param sharpen        a light sharpening after the slot is resized, for crisper small slots; off by default, and
 *                       off for project files written before it existed
 */
public record SlotSettings(
        Fit fit,
        Double paddingPercent,
        SlotBackground background,
        Boolean trim,
        Alignment alignment,
        String source,
        Double focusX,
        Double focusY,
        Boolean sharpen) {

    public static final int MIN_PADDING_PERCENT = 0;
    /** More padding than this leaves too little of the logo to see in the smallest slot. */
    public static final int MAX_PADDING_PERCENT = 45;

    /** The seed profile's defaults: contain, no padding, transparent, untrimmed, centred, focus in the middle. */
    private static final SlotSettings DEFAULTS = new SlotSettings(Fit.CONTAIN, 0.0, SlotBackground.TRANSPARENT, false,
            Alignment.CENTER, null, 0.5, 0.5, false);
    private static final SlotSettings NONE = new SlotSettings(null, null, null, null, null, null, null, null, null);

    public static SlotSettings defaults() {
        return DEFAULTS;
    }

    /** Nothing set: an override that follows the defaults in everything. */
    public static SlotSettings none() {
        return NONE;
    }

    /** The padding kept within its limits, as the controls and the renderer take any value. */
    public static double clampPadding(double percent) {
        return Math.max(MIN_PADDING_PERCENT, Math.min(MAX_PADDING_PERCENT, percent));
    }

    /**
     * The padding, when within its limits.
     *
     * @param name what the value is called in the message ("--padding")
     * @throws IllegalArgumentException saying what is wrong, e.g. "--padding must be between 0 and 45 percent, not
     *                                  50.0."
     */
    public static double checkPadding(double percent, String name) {
        if (percent < MIN_PADDING_PERCENT || percent > MAX_PADDING_PERCENT) {
            throw new IllegalArgumentException(name + " must be between " + MIN_PADDING_PERCENT + " and "
                    + MAX_PADDING_PERCENT + " percent, not " + percent + ".");
        }
        return percent;
    }

    /** This override's values where set, the base's elsewhere. */
    public SlotSettings over(SlotSettings base) {
        return new SlotSettings(
                fit != null ? fit : base.fit,
                paddingPercent != null ? paddingPercent : base.paddingPercent,
                background != null ? background : base.background,
                trim != null ? trim : base.trim,
                alignment != null ? alignment : base.alignment,
                source != null ? source : base.source,
                focusX != null ? focusX : base.focusX,
                focusY != null ? focusY : base.focusY,
                sharpen != null ? sharpen : base.sharpen);
    }

    /** Every value set: this one's where set, the defaults' elsewhere (the source stays as it is). */
    public SlotSettings resolved() {
        return over(DEFAULTS);
    }

    @JsonIgnore
    public boolean isTransparent() {
        return background == null || background.isTransparent();
    }

    /** Whether any rendering setting is set (an alternate source alone is none). */
    @JsonIgnore
    public boolean hasRenderingSettings() {
        return !withSource(null).equals(NONE);
    }

    // One line each: a wither says only which value changes; edit() copies the rest.
    public SlotSettings withFit(Fit value) { return edit(d -> d.fit = value); }
    public SlotSettings withPaddingPercent(Double value) { return edit(d -> d.paddingPercent = value); }
    public SlotSettings withBackground(SlotBackground value) { return edit(d -> d.background = value); }
    public SlotSettings withTrim(Boolean value) { return edit(d -> d.trim = value); }
    public SlotSettings withAlignment(Alignment value) { return edit(d -> d.alignment = value); }
    public SlotSettings withSource(String value) { return edit(d -> d.source = value); }

    /** The point of the source kept in view by {@link Fit#COVER}, 0..1 on each axis. */
    public SlotSettings withFocus(Double x, Double y) {
        return edit(d -> {
            d.focusX = x;
            d.focusY = y;
        });
    }

    public SlotSettings withSharpen(Boolean value) { return edit(d -> d.sharpen = value); }

    /** A copy with one change: the withers name what changes, this one place copies the rest. */
    private SlotSettings edit(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new SlotSettings(d.fit, d.paddingPercent, d.background, d.trim, d.alignment, d.source, d.focusX,
                d.focusY, d.sharpen);
    }

    private static final class Draft {
        Fit fit;
        Double paddingPercent;
        SlotBackground background;
        Boolean trim;
        Alignment alignment;
        String source;
        Double focusX;
        Double focusY;
        Boolean sharpen;

        Draft(SlotSettings s) {
            fit = s.fit;
            paddingPercent = s.paddingPercent;
            background = s.background;
            trim = s.trim;
            alignment = s.alignment;
            source = s.source;
            focusX = s.focusX;
            focusY = s.focusY;
            sharpen = s.sharpen;
        }
    }
}
