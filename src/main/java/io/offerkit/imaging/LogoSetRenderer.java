package io.offerkit.imaging;

import io.offerkit.imaging.render.SharedSource;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders every slot of a profile from a project's logo settings, decoding each distinct source once (a slot may
 * take an alternate source). Problems are collected per slot rather than thrown, so one bad alternate source does
 * not hide the other slots.
 */
public final class LogoSetRenderer {
    private LogoSetRenderer() {
    }

    @FunctionalInterface
    public interface SourceLoader {
        SourceImage load(Path path) throws ImagingException;
    }

    public static LogoSet render(Profile profile, LogoSettings logo) {
        return render(profile, logo, ImageDecoder::read);
    }

    public static LogoSet render(Profile profile, LogoSettings logo, SourceLoader loader) {
        Map<String, RenderedSlot> slots = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> decoded = new HashMap<>();
        for (ImageSlot slot : profile.imageSlots()) {
            SlotSettings settings = logo.settingsFor(slot.id());
            if (settings.source() == null || settings.source().isBlank()) {
                problems.put(slot.id(), "No logo loaded yet.");
                continue;
            }
            Object result = decoded.computeIfAbsent(settings.source(), s -> {
                try {
                    return SharedSource.of(loader.load(Path.of(s)));
                } catch (ImagingException e) {
                    return e.getMessage();
                }
            });
            if (result instanceof SharedSource source) {
                slots.put(slot.id(), SlotRenderer.render(source, slot, settings));
            } else {
                problems.put(slot.id(), (String) result);
            }
        }
        return new LogoSet(slots, problems);
    }
}
