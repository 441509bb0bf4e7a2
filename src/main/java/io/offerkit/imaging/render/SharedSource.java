package io.offerkit.imaging.render;

import io.offerkit.imaging.source.SourceImage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A source that several slots are rendered from. Slots that place it alike up to whole pixels - a square logo in the
 * 115x115 slot and centred in the 255x115 one, the usual case - share one resampled block instead of each resampling
 * the source again. (A copy of the whole source in linear light, shared by every slot, was tried too and dropped: 16
 * bytes a pixel to write and read back cost more than the per-slot conversion it saved, 212 against 202 ms for a
 * 1024x1024 `generate` and 253 against 218 ms for 3000x900.)
 */
public final class SharedSource {
    private final SourceImage image;
    /** Resampled blocks by what they depend on. */
    private final ConcurrentHashMap<LinearResampler.Block, CompletableFuture<float[]>> blocks = new ConcurrentHashMap<>();

    private SharedSource(SourceImage image) {
        this.image = image;
    }

    public static SharedSource of(SourceImage image) {
        return new SharedSource(image);
    }

    public SourceImage image() {
        return image;
    }

    /**
     * The block for {@code key}: computed by the first caller, waited for by any other asking meanwhile. A failed
     * computation is not kept. Callers must not change the returned array.
     */
    float[] resampled(LinearResampler.Block key, Supplier<float[]> compute) {
        CompletableFuture<float[]> mine = new CompletableFuture<>();
        CompletableFuture<float[]> theirs = blocks.putIfAbsent(key, mine);
        if (theirs != null) {
            return theirs.join();
        }
        try {
            float[] block = compute.get();
            mine.complete(block);
            return block;
        } catch (RuntimeException | Error e) {
            blocks.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** How many distinct blocks were resampled: for tests. */
    int blockCount() {
        return blocks.size();
    }
}
