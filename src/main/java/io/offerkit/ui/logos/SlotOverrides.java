package io.offerkit.ui.logos;

import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotSettings;
import java.util.function.UnaryOperator;

/**
 * The rules for per-slot settings, as pure functions of {@link LogoSettings}. A slot's override entry can hold its
 * own rendering settings, an alternate source, or both; "reset to defaults" drops the settings but keeps the
 * alternate source, which has its own control.
 */
final class SlotOverrides {
    private SlotOverrides() {
    }

    /** Whether the slot has its own rendering settings (an alternate source alone does not count). */
    static boolean isOverridden(LogoSettings logo, String slotId) {
        SlotSettings s = slotId == null ? null : logo.slots().get(slotId);
        return s != null && (s.fit() != null || s.paddingPercent() != null || s.background() != null
                || s.trim() != null || s.alignment() != null || s.focusX() != null || s.focusY() != null
                || s.sharpen() != null);
    }

    /** The alternate source of a slot, or null when it uses the main logo. */
    static String alternateSource(LogoSettings logo, String slotId) {
        SlotSettings s = slotId == null ? null : logo.slots().get(slotId);
        return s == null ? null : s.source();
    }

    /** Gives the slot its own settings, starting from what it shows now, so nothing visibly changes. */
    static LogoSettings override(LogoSettings logo, String slotId) {
        if (isOverridden(logo, slotId)) {
            return logo;
        }
        SlotSettings own = logo.defaults().withSource(alternateSource(logo, slotId));
        return logo.withSlot(slotId, own);
    }

    /** The slot follows the defaults again; an alternate source stays. */
    static LogoSettings reset(LogoSettings logo, String slotId) {
        String alternate = alternateSource(logo, slotId);
        return logo.withSlot(slotId, alternate == null ? null : SlotSettings.none().withSource(alternate));
    }

    /** Sets (or with null, removes) the slot's alternate source, keeping its other settings. */
    static LogoSettings withAlternateSource(LogoSettings logo, String slotId, String source) {
        SlotSettings current = logo.slots().getOrDefault(slotId, SlotSettings.none());
        SlotSettings next = current.withSource(source);
        return logo.withSlot(slotId, next.equals(SlotSettings.none()) ? null : next);
    }

    /**
     * Applies an edit to what the user is editing: the slot's own settings when it has them, else the defaults
     * (which every slot without its own settings follows).
     */
    static LogoSettings edit(LogoSettings logo, String slotId, UnaryOperator<SlotSettings> change) {
        if (isOverridden(logo, slotId)) {
            return logo.withSlot(slotId, change.apply(logo.slots().get(slotId)));
        }
        return logo.withDefaults(change.apply(logo.defaults()));
    }

    /** The settings shown in the controls for the slot (or for the defaults when {@code slotId} is null). */
    static SlotSettings shown(LogoSettings logo, String slotId) {
        return isOverridden(logo, slotId) ? logo.settingsFor(slotId) : logo.defaults();
    }

    static SlotSettings withFocus(SlotSettings s, Double x, Double y) {
        return new SlotSettings(s.fit(), s.paddingPercent(), s.background(), s.trim(), s.alignment(), s.source(), x, y,
                s.sharpen());
    }
}
