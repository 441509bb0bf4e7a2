package io.offerkit.project;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The source logo and how each slot is made from it: defaults, plus per-slot overrides keyed by slot id. A slot's
 * override entry can hold its own rendering settings, an alternate source, or both; "reset to defaults" drops the
 * settings but keeps the alternate source, which has its own control.
 */
public record LogoSettings(String source, SlotSettings defaults, Map<String, SlotSettings> slots) {

    public LogoSettings {
        defaults = defaults == null ? SlotSettings.defaults() : defaults.resolved();
        slots = slots == null ? Map.of() : Map.copyOf(slots);
    }

    public static LogoSettings empty() {
        return new LogoSettings(null, SlotSettings.defaults(), Map.of());
    }

    /** The effective settings of a slot: its override over the defaults, with the main source if it has none. */
    public SlotSettings settingsFor(String slotId) {
        SlotSettings effective = slots.getOrDefault(slotId, SlotSettings.none()).over(defaults);
        return effective.source() == null ? effective.withSource(source) : effective;
    }

    /** Whether the slot has its own rendering settings (an alternate source alone does not count). */
    public boolean hasOwnSettings(String slotId) {
        SlotSettings own = slotId == null ? null : slots.get(slotId);
        return own != null && own.hasRenderingSettings();
    }

    /** The alternate source of a slot, or null when it uses the main logo. */
    public String alternateSource(String slotId) {
        SlotSettings own = slotId == null ? null : slots.get(slotId);
        return own == null ? null : own.source();
    }

    /**
     * The settings an edit for the slot starts from, which its controls show: its own when it has them, else the
     * defaults (and the defaults for a null {@code slotId}).
     */
    public SlotSettings editedSettings(String slotId) {
        return hasOwnSettings(slotId) ? settingsFor(slotId) : defaults;
    }

    /**
     * Applies an edit to what the user is editing: the slot's own settings when it has them, else the defaults
     * (which every slot without its own settings follows).
     */
    public LogoSettings edit(String slotId, UnaryOperator<SlotSettings> change) {
        if (hasOwnSettings(slotId)) {
            return withSlot(slotId, change.apply(slots.get(slotId)));
        }
        return withDefaults(change.apply(defaults));
    }

    /** Gives the slot its own settings, starting from what it shows now, so nothing visibly changes. */
    public LogoSettings withOwnSettings(String slotId) {
        if (hasOwnSettings(slotId)) {
            return this;
        }
        return withSlot(slotId, defaults.withSource(alternateSource(slotId)));
    }

    /** The slot follows the defaults again; an alternate source stays. */
    public LogoSettings withSlotReset(String slotId) {
        String alternate = alternateSource(slotId);
        return withSlot(slotId, alternate == null ? null : SlotSettings.none().withSource(alternate));
    }

    /** Sets (or with null, removes) the slot's alternate source, keeping its other settings. */
    public LogoSettings withAlternateSource(String slotId, String alternate) {
        SlotSettings next = slots.getOrDefault(slotId, SlotSettings.none()).withSource(alternate);
        return withSlot(slotId, next.equals(SlotSettings.none()) ? null : next);
    }

    public LogoSettings withSource(String value) {
        return new LogoSettings(value, defaults, slots);
    }

    public LogoSettings withDefaults(SlotSettings value) {
        return new LogoSettings(source, value, slots);
    }

    public LogoSettings withSlot(String slotId, SlotSettings override) {
        Map<String, SlotSettings> copy = new TreeMap<>(slots);
        if (override == null) {
            copy.remove(slotId);
        } else {
            copy.put(slotId, override);
        }
        return new LogoSettings(source, defaults, copy);
    }
}
