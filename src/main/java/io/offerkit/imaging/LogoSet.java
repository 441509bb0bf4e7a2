package io.offerkit.imaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rendered slots of a project in profile order, plus the slots that could not be made and why (no source yet,
 * a source that does not decode).
 */
public record LogoSet(Map<String, RenderedSlot> slots, Map<String, String> problems) {
    public LogoSet {
        slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
        problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static LogoSet empty() {
        return new LogoSet(Map.of(), Map.of());
    }

    public Optional<RenderedSlot> slot(String slotId) {
        return Optional.ofNullable(slots.get(slotId));
    }

    public List<RenderedSlot> all() {
        return List.copyOf(slots.values());
    }
}
