package io.offerkit.project;

import java.util.Map;
import java.util.TreeMap;

/** The source logo and how each slot is made from it: defaults, plus per-slot overrides keyed by slot id. */
public record LogoSettings(String source, SlotSettings defaults, Map<String, SlotSettings> slots) {

    public LogoSettings {
        defaults = defaults == null ? SlotSettings.defaults() : defaults.over(SlotSettings.defaults());
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
