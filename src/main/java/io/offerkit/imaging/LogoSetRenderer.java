package io.offerkit.imaging;

import io.offerkit.imaging.render.SharedSource;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.PixelRule;
import io.offerkit.profile.Profile;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Renders every slot of a profile from a project's logo settings, decoding each distinct source once (a slot may
 * take an alternate source) and sharing it between the slots made from it. Problems are collected per slot rather
 * than thrown, so one bad alternate source does not hide the other slots. The one way to make a set of slots: the
 * app's previews, export and {@code generate} all come here; {@code generate} spreads the slots over its cores.
 */
public final class LogoSetRenderer {
    /** Runs each slot on the caller's thread, one after another. */
    private static final Executor IN_TURN = Runnable::run;

    private LogoSetRenderer() {
    }

    @FunctionalInterface
    public interface SourceLoader {
        SourceImage load(Path path) throws ImagingException;
    }

    /** Slots made and then finished by a step of the caller's ({@code generate} encodes each PNG), in profile order. */
    public record Made<T>(Map<String, T> slots, Map<String, String> problems) {
    }

    public static LogoSet render(Profile profile, LogoSettings logo) {
        return render(profile, logo, ImageDecoder::read);
    }

    public static LogoSet render(Profile profile, LogoSettings logo, SourceLoader loader) {
        Made<RenderedSlot> made = render(profile, logo, loader, IN_TURN, Function.identity());
        return new LogoSet(made.slots(), made.problems());
    }

    /**
     * Renders every slot, each on {@code workers} and then handed to {@code finish} on the same worker. Sources are
     * decoded first, on the caller's thread; the slots start largest first, so the one that takes longest does not
     * start last on a busy pool. A slot that throws makes the whole call throw, as rendering in turn would.
     */
    public static <T> Made<T> render(Profile profile, LogoSettings logo, SourceLoader loader, Executor workers,
                                     Function<RenderedSlot, T> finish) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> decoded = new HashMap<>();
        // Slots are keyed by id, not by the ImageSlot record: a record's hashCode is bootstrapped through method
        // handles on first use, ~10 ms of classes spun in every one-logo run of generate.
        List<ImageSlot> renderable = new ArrayList<>();
        Map<String, SharedSource> sources = new HashMap<>();
        for (ImageSlot slot : profile.imageSlots()) {
            String source = logo.settingsFor(slot.id()).source();
            if (source == null || source.isBlank()) {
                problems.put(slot.id(), "No logo loaded yet.");
                continue;
            }
            Object result = decoded.computeIfAbsent(source, s -> {
                try {
                    return SharedSource.of(loader.load(Path.of(s)));
                } catch (ImagingException e) {
                    return e.getMessage();
                }
            });
            if (result instanceof SharedSource shared) {
                renderable.add(slot);
                sources.put(slot.id(), shared);
            } else {
                problems.put(slot.id(), (String) result);
            }
        }
        List<ImageSlot> largestFirst = new ArrayList<>(renderable);
        largestFirst.sort(Comparator.comparingLong((ImageSlot slot) -> (long) slot.width() * slot.height()).reversed());
        Map<String, CompletableFuture<Made<T>>> running = new HashMap<>();
        for (ImageSlot slot : largestFirst) {
            SlotSettings settings = logo.settingsFor(slot.id());
            SharedSource source = sources.get(slot.id());
            boolean supplied = logo.alternateSource(slot.id()) != null;
            running.put(slot.id(), CompletableFuture.supplyAsync(
                    () -> renderSlot(source, slot, settings, supplied, finish), workers));
        }
        Map<String, T> slots = new LinkedHashMap<>();
        for (ImageSlot slot : renderable) {
            Made<T> made = join(running.get(slot.id()));
            slots.putAll(made.slots());
            problems.putAll(made.problems());
        }
        return new Made<>(slots, problems);
    }

    /**
     * One slot, or the reason it cannot be made: a white-on-transparent slot (Teams' outline icon) is drawn from the
     * source's mark, which a photo does not have; every other slot is resampled from the source.
     */
    private static <T> Made<T> renderSlot(SharedSource source, ImageSlot slot, SlotSettings settings,
                                          boolean supplied, Function<RenderedSlot, T> finish) {
        if (slot.pixelRule() == PixelRule.WHITE_ON_TRANSPARENT) {
            OutlineSlot.Outcome outline = OutlineSlot.render(source.image(), slot, supplied);
            return outline.slot() == null ? new Made<>(Map.of(), Map.of(slot.id(), outline.problem()))
                    : new Made<>(Map.of(slot.id(), finish.apply(outline.slot())), Map.of());
        }
        return new Made<>(Map.of(slot.id(), finish.apply(SlotRenderer.render(source, slot, settings))), Map.of());
    }

    private static <T> T join(CompletableFuture<T> slot) {
        try {
            return slot.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
