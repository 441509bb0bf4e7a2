package io.offerkit.imaging;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A source prepared for rendering several slots: its pixels converted once to premultiplied linear light (4 floats
 * per pixel), which every slot's first pass then only sums. Converting is most of a slot's work on a logo-sized
 * source (three table lookups and the alpha weighting per pixel), so the four slots of a profile no longer pay it
 * four times. Above {@link #MAX_PIXELS} (64 MB of floats) and for vector sources nothing is converted and each slot
 * converts the pixels it reads, as before: a large source is box-reduced per slot anyway.
 */
public final class LinearSource {
    /** 4 Mpx: 64 MB of floats, about four 1024x1024 logos' worth. */
    static final long MAX_PIXELS = 4L << 20;
    /** Rows per parallel task: enough to outweigh the task's own cost. */
    private static final int ROWS_PER_TASK = 64;

    private final SourceImage image;
    private final float[] linear;
    /** Resampled blocks by what they depend on: slots placing the content alike share one. */
    private final ConcurrentHashMap<LinearResampler.Block, CompletableFuture<float[]>> blocks = new ConcurrentHashMap<>();

    private LinearSource(SourceImage image, float[] linear) {
        this.image = image;
        this.linear = linear;
    }

    /** Converts {@code image} (on every core) when it is a raster of at most {@link #MAX_PIXELS} pixels. */
    public static LinearSource of(SourceImage image) {
        long pixels = (long) image.width() * image.height();
        if (image.isVector() || pixels > MAX_PIXELS) {
            return unconverted(image);
        }
        return new LinearSource(image, convert(ArgbPixels.of(image.pixels()), image.width(), image.height()));
    }

    /** The image as it is: each slot converts what it reads (a single render gains nothing from a copy). */
    public static LinearSource unconverted(SourceImage image) {
        return new LinearSource(image, null);
    }

    public SourceImage image() {
        return image;
    }

    /** Premultiplied linear R, G, B, A per pixel in row order, or null when not converted. */
    float[] linear() {
        return linear;
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

    private static float[] convert(int[] argb, int width, int height) {
        float[] out = new float[argb.length * 4];
        IntStream.range(0, (height + ROWS_PER_TASK - 1) / ROWS_PER_TASK).parallel().forEach(task -> {
            int end = Math.min(height, (task + 1) * ROWS_PER_TASK) * width;
            for (int i = task * ROWS_PER_TASK * width; i < end; i++) {
                premultipliedLinear(argb[i], out, i * 4);
            }
        });
        return out;
    }

    /**
     * One pixel as premultiplied linear floats, exactly as {@link BoxRowReader} sums them: an opaque pixel's alpha is
     * exactly 1 and a transparent one contributes nothing, so a converted source renders the same bytes.
     */
    static void premultipliedLinear(int p, float[] out, int o) {
        int alpha = p >>> 24;
        if (alpha == 0) {
            return; // the array starts at zero
        }
        if (alpha == 255) {
            out[o] = SrgbTransfer.toLinear((p >> 16) & 0xFF);
            out[o + 1] = SrgbTransfer.toLinear((p >> 8) & 0xFF);
            out[o + 2] = SrgbTransfer.toLinear(p & 0xFF);
            out[o + 3] = 1f;
            return;
        }
        float af = alpha * (1f / 255f);
        out[o] = SrgbTransfer.toLinear((p >> 16) & 0xFF) * af;
        out[o + 1] = SrgbTransfer.toLinear((p >> 8) & 0xFF) * af;
        out[o + 2] = SrgbTransfer.toLinear(p & 0xFF) * af;
        out[o + 3] = af;
    }
}
