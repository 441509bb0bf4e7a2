package io.offerkit.imaging;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;

/**
 * A decoded source: sRGB pixels as {@code TYPE_INT_ARGB} (not premultiplied), and the facts of the file. A vector
 * source (SVG) also carries its {@link VectorSource}: slots are then drawn from the vectors, and {@code pixels} is a
 * preview rasterisation used for trimming, previews and facts.
 *
 * @param vector the vector picture, or null for a raster source
 */
public record SourceImage(BufferedImage pixels, ImageFacts facts, VectorSource vector) {
    public SourceImage(BufferedImage pixels, ImageFacts facts) {
        this(pixels, facts, null);
    }

    public boolean isVector() {
        return vector != null;
    }

    public int width() {
        return pixels.getWidth();
    }

    public int height() {
        return pixels.getHeight();
    }

    /**
     * A reduced copy whose longer side is at most {@code maxSide}, with the same facts (so warnings still speak of
     * the original file): live previews render from it in milliseconds. Returns this image when it is small enough.
     */
    public SourceImage workingCopy(int maxSide) {
        try {
            return workingCopy(maxSide, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /** {@link #workingCopy(int)}, reporting to and stoppable by a monitor (reducing a large source takes a while). */
    public SourceImage workingCopy(int maxSide, ProgressMonitor monitor) throws CancelledException {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive, not " + maxSide);
        }
        int w = width();
        int h = height();
        if (Math.max(w, h) <= maxSide) {
            monitor.progress(1);
            return this;
        }
        double s = (double) maxSide / Math.max(w, h);
        int cw = Math.max(1, (int) Math.round(w * s));
        int ch = Math.max(1, (int) Math.round(h * s));
        ImageSlot canvas = new ImageSlot("working-copy", null, cw, ch, "png", false,
                null, null, null, null, false, null);
        SlotSettings stretchToCanvas = SlotSettings.defaults().withFit(Fit.STRETCH);
        BufferedImage reduced = SlotRenderer.render(this, canvas, stretchToCanvas, monitor).image();
        return new SourceImage(reduced, facts, vector);
    }
}
