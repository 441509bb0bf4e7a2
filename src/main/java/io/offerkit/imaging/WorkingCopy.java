package io.offerkit.imaging;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.render.Reduction;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;

/**
 * A reduced copy of a source whose longer side is at most {@code maxSide}, with the same facts (so warnings still
 * speak of the original file): live previews render from it in milliseconds.
 */
public final class WorkingCopy {
    private WorkingCopy() {
    }

    /** The reduced copy, or the source itself when it is small enough. */
    public static SourceImage of(SourceImage source, int maxSide) {
        try {
            return of(source, maxSide, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /** {@link #of(SourceImage, int)}, reporting to and stoppable by a monitor (reducing a large source takes a while). */
    public static SourceImage of(SourceImage source, int maxSide, ProgressMonitor monitor) throws CancelledException {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive, not " + maxSide);
        }
        int w = source.width();
        int h = source.height();
        if (Math.max(w, h) <= maxSide) {
            monitor.progress(1);
            return source;
        }
        double s = (double) maxSide / Math.max(w, h);
        int cw = Math.max(1, (int) Math.round(w * s));
        int ch = Math.max(1, (int) Math.round(h * s));
        BufferedImage reduced = Reduction.toSize(source, cw, ch, monitor);
        return new SourceImage(reduced, source.facts(), source.vector());
    }
}
