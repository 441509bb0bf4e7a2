package io.offerkit.imaging.render;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.LinearToArgb;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.imaging.source.VectorSource;
import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * The whole source scaled to a given size, with the slots' resampler (Lanczos-3 in linear light on premultiplied
 * alpha, box pre-reduction) or drawn from its vectors: no trim, padding, background or warnings.
 */
public final class Reduction {
    private Reduction() {
    }

    /** A TYPE_INT_ARGB image of exactly {@code width x height} showing the whole source, stretched to it. */
    public static BufferedImage toSize(SourceImage source, int width, int height, ProgressMonitor monitor)
            throws CancelledException {
        Rectangle whole = new Rectangle(0, 0, source.width(), source.height());
        VectorSource vector = source.vector();
        // In the vector's own units, computed as SlotRenderer scales a trim (so both give the same pixels).
        Rectangle2D content = vector == null ? whole : new Rectangle2D.Double(0, 0,
                whole.width * vector.width() / whole.width, whole.height * vector.height() / whole.height);
        SlotPlacement placement = SlotPlacement.of(content, width, height, Fit.STRETCH, 0.0, Alignment.CENTER, 0.5, 0.5);
        float[] linear = vector != null
                ? VectorSlotDrawing.render(vector, placement.x(), placement.y(), width, height)
                : LinearResampler.render(SharedSource.of(source), whole, placement.x(), placement.y(), width, height,
                        PreReduction.LOGO, monitor.slice(0, 0.95));
        monitor.checkCancelled();
        BufferedImage image = ArgbPixels.toImage(LinearToArgb.convert(linear, width * height, null), width, height);
        monitor.progress(1);
        return image;
    }
}
