package io.offerkit.imaging;

import io.offerkit.imaging.render.Level;
import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.LinearToArgb;
import io.offerkit.imaging.render.Finding;
import io.offerkit.imaging.render.LightSharpening;
import io.offerkit.imaging.render.LinearResampler;
import io.offerkit.imaging.render.PreReduction;
import io.offerkit.imaging.render.SharedSource;
import io.offerkit.imaging.render.SlotPlacement;
import io.offerkit.imaging.render.SlotWarnings;
import io.offerkit.imaging.render.TrimBounds;
import io.offerkit.imaging.render.VectorSlotDrawing;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.imaging.source.VectorSource;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Renders one slot from a source: trim, fit, padding, background and alignment; always the slot's exact size.
 * Raster pixels go through {@link LinearResampler} (Lanczos-3, linear light, premultiplied alpha); a vector source is
 * drawn at the placement itself by {@link VectorSlotDrawing}, never resampled. The optional
 * {@link LightSharpening} works on that result, still linear and premultiplied, before the background goes under it.
 * The settings come resolved ({@code LogoSettings.settingsFor}, {@link SlotSettings#resolved()}): what a value left
 * unset means is decided in {@code project}, never here.
 */
public final class SlotRenderer {
    private SlotRenderer() {
    }

    public static RenderedSlot render(SourceImage source, ImageSlot slot, SlotSettings settings) {
        return render(source, slot, settings, true);
    }

    /** Renders a slot from a source shared by the slots made from it, which share what they can. */
    public static RenderedSlot render(SharedSource source, ImageSlot slot, SlotSettings settings) {
        try {
            return render(source, slot, settings, null, PreReduction.LOGO, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /**
     * @param preReduce false only for references in tests: Lanczos straight from the full source, no box step
     */
    static RenderedSlot render(SourceImage source, ImageSlot slot, SlotSettings settings, boolean preReduce) {
        try {
            return render(SharedSource.of(source), slot, settings, null,
                    preReduce ? PreReduction.LOGO : PreReduction.NONE, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /**
     * Renders a slot from a chosen region of a raster source (a screenshot's crop) instead of the trim rectangle or
     * the whole source: the region is placed by the settings' fit like any content, and the resampler's taps stay
     * within the whole pixels it touches.
     *
     * @param region       the region shown, in source pixels (fractional), inside the source; null: as the settings
     *                     say
     * @param preReduction how far a box step may reduce before Lanczos ({@link PreReduction#MEDIA} for screenshots)
     */
    public static RenderedSlot render(SharedSource shared, ImageSlot slot, SlotSettings settings, Rectangle2D region,
                                      PreReduction preReduction, ProgressMonitor monitor) throws CancelledException {
        SourceImage source = shared.image();
        SlotWarnings warnings = new SlotWarnings();
        int srcW = source.width();
        int srcH = source.height();
        int[] argb = ArgbPixels.of(source.pixels());
        VectorSource vector = source.vector();
        if (region != null && vector != null) {
            throw new IllegalArgumentException("a region is shown from a raster source only");
        }

        Rectangle trimmed = region != null ? region.getBounds().intersection(new Rectangle(0, 0, srcW, srcH))
                : Boolean.TRUE.equals(settings.trim()) ? TrimBounds.find(argb, srcW, srcH)
                : new Rectangle(0, 0, srcW, srcH);
        monitor.checkCancelled();
        // A vector source is placed in its own units: the trim found on the preview raster, scaled to them.
        Rectangle2D content = region != null ? region : vector == null ? trimmed : new Rectangle2D.Double(
                trimmed.x * vector.width() / srcW, trimmed.y * vector.height() / srcH,
                trimmed.width * vector.width() / srcW, trimmed.height * vector.height() / srcH);
        Fit fit = settings.fit();
        SlotPlacement placement = SlotPlacement.of(content, slot.width(), slot.height(), fit,
                settings.paddingPercent(), settings.alignment(), settings.focusX(), settings.focusY());

        Integer background = background(settings, warnings);
        float[] linear = vector != null
                ? VectorSlotDrawing.render(vector, placement.x(), placement.y(), slot.width(), slot.height())
                : LinearResampler.render(shared, trimmed, placement.x(), placement.y(), slot.width(),
                        slot.height(), preReduction, monitor.slice(0, 0.95));
        monitor.checkCancelled();
        if (Boolean.TRUE.equals(settings.sharpen())) {
            LightSharpening.apply(linear, slot.width(), slot.height());
        }
        int[] out = LinearToArgb.convert(linear, slot.width() * slot.height(), background);

        if (vector == null) {
            // A working copy is smaller than the file it came from: judge upscaling against the original's pixels.
            double originalPerWorking = source.facts() == null ? 1.0 : (double) source.facts().width() / srcW;
            warnings.checkUpscaled(placement.x().scale() / originalPerWorking,
                    placement.y().scale() / originalPerWorking,
                    (int) Math.round(trimmed.width * originalPerWorking),
                    (int) Math.round(trimmed.height * originalPerWorking), slot);
        }
        if (fit == Fit.STRETCH) {
            warnings.checkStretched(placement.x().scale(), placement.y().scale(), slot);
        }
        if (fit == Fit.COVER) {
            // The view is in the content's units; the pixels are the raster's (a vector source's preview raster).
            double perUnitX = vector == null ? 1.0 : srcW / vector.width();
            double perUnitY = vector == null ? 1.0 : srcH / vector.height();
            warnings.checkCropped(lostShare(argb, srcW, trimmed,
                    placement.x().srcStart() * perUnitX, placement.x().srcEnd() * perUnitX,
                    placement.y().srcStart() * perUnitY, placement.y().srcEnd() * perUnitY));
        }
        warnings.checkPixels(out, background == null);

        BufferedImage image = ArgbPixels.toImage(out, slot.width(), slot.height());
        monitor.progress(1);
        return new RenderedSlot(slot.id(), image, warnings.list());
    }

    /**
     * The share of the content's visible (alpha-weighted) pixels that lie outside the view {@code [x0,x1) x [y0,y1)}
     * (source pixels, fractional): what Cover cuts away. A pixel counts as kept by the part of it inside the view.
     */
    static double lostShare(int[] argb, int width, Rectangle content, double x0, double x1, double y0, double y1) {
        double visible = 0;
        double kept = 0;
        for (int y = content.y; y < content.y + content.height; y++) {
            double inY = overlap(y, y0, y1);
            for (int x = content.x; x < content.x + content.width; x++) {
                int a = argb[y * width + x] >>> 24;
                if (a != 0) {
                    visible += a;
                    kept += a * inY * overlap(x, x0, x1);
                }
            }
        }
        return visible == 0 ? 0 : 1 - kept / visible;
    }

    /** How much of pixel {@code i} (the span i..i+1) lies inside {@code [from, to)}, 0..1. */
    private static double overlap(int i, double from, double to) {
        return Math.max(0, Math.min(i + 1.0, to) - Math.max(i, from));
    }

    /** The opaque background colour, or null for transparency; an unreadable colour falls back to transparency. */
    private static Integer background(SlotSettings settings, SlotWarnings warnings) {
        SlotBackground background = settings.background();
        if (settings.isTransparent()) {
            return null;
        }
        if (!background.isReadable()) {
            warnings.add(Level.WARNING, Finding.Kind.UNREADABLE_BACKGROUND,
                    "The background '" + background.toString().trim() + "' is not a colour of the"
                    + " form #RRGGBB; the slot was made with a transparent background instead.");
            return null;
        }
        int rgb = background.rgb().getAsInt();
        warnings.checkBackground(rgb);
        return rgb;
    }
}
