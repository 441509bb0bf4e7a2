package io.offerkit.project;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How one slot is rendered. In a project's per-slot overrides every field may be null, meaning "as the defaults";
 * {@link #over(SlotSettings)} resolves an override against the defaults.
 *
 * @param paddingPercent padding on each side, in percent of the slot's shorter side
 * @param background     "transparent" or a colour as #RRGGBB
 * @param source         an alternate source image for this slot (an icon-only mark for the smallest slot)
 * @param focusX         for {@link Fit#COVER}: the point of the source kept in view, 0..1 from the left
 * @param sharpen        a light sharpening after the slot is resized, for crisper small slots; off by default, and
 *                       off for project files written before it existed
 */
public record SlotSettings(
        Fit fit,
        Double paddingPercent,
        String background,
        Boolean trim,
        Alignment alignment,
        String source,
        Double focusX,
        Double focusY,
        Boolean sharpen) {

    public static final String TRANSPARENT = "transparent";

    /** The seed profile's defaults: contain, no padding, transparent, centred. */
    public static SlotSettings defaults() {
        return new SlotSettings(Fit.CONTAIN, 0.0, TRANSPARENT, false, Alignment.CENTER, null, 0.5, 0.5, false);
    }

    public static SlotSettings none() {
        return new SlotSettings(null, null, null, null, null, null, null, null, null);
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

    @JsonIgnore
    public boolean isTransparent() {
        return background == null || TRANSPARENT.equalsIgnoreCase(background);
    }

    public SlotSettings withFit(Fit value) {
        return new SlotSettings(value, paddingPercent, background, trim, alignment, source, focusX, focusY, sharpen);
    }

    public SlotSettings withPaddingPercent(Double value) {
        return new SlotSettings(fit, value, background, trim, alignment, source, focusX, focusY, sharpen);
    }

    public SlotSettings withBackground(String value) {
        return new SlotSettings(fit, paddingPercent, value, trim, alignment, source, focusX, focusY, sharpen);
    }

    public SlotSettings withTrim(Boolean value) {
        return new SlotSettings(fit, paddingPercent, background, value, alignment, source, focusX, focusY, sharpen);
    }

    public SlotSettings withAlignment(Alignment value) {
        return new SlotSettings(fit, paddingPercent, background, trim, value, source, focusX, focusY, sharpen);
    }

    public SlotSettings withSource(String value) {
        return new SlotSettings(fit, paddingPercent, background, trim, alignment, value, focusX, focusY, sharpen);
    }

    public SlotSettings withSharpen(Boolean value) {
        return new SlotSettings(fit, paddingPercent, background, trim, alignment, source, focusX, focusY, value);
    }
}
