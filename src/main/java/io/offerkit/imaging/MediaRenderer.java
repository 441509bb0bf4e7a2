package io.offerkit.imaging;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.LinearToArgb;
import io.offerkit.imaging.render.DraftResampler;
import io.offerkit.imaging.render.EdgeColour;
import io.offerkit.imaging.render.PreReduction;
import io.offerkit.imaging.render.Redactions;
import io.offerkit.imaging.render.SharedSource;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Renders a screenshot or a video's thumbnail (a media group's slot, {@code MediaGroup.slot(n)}): the one door the
 * app's preview, the export and {@code offerkit screenshots} share. The redactions are burnt into the capture first,
 * so no output pixel can show what was under them; then the capture goes through {@link SlotRenderer} like a logo,
 * with the crop (when set) as the content it shows, filled, and an "auto" background as the capture's own
 * {@link EdgeColour}; its box step goes as far as {@link PreReduction#MEDIA} (a HiDPI capture is halved first). A working copy (a reduced capture, {@link WorkingCopy}) is rendered with the crop and
 * redactions scaled from the original's pixels, which they are stated in, to its own.
 */
public final class MediaRenderer {
    private MediaRenderer() {
    }

    public static RenderedSlot render(SourceImage capture, ImageSlot slot, Framing framing,
                                      List<Redaction> redactions) {
        try {
            return render(capture, slot, framing, redactions, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    /** A live preview's render: {@link RenderQuality#DRAFT} while a gesture is under way (a crop is drawn cheaply). */
    public static RenderedSlot render(SourceImage capture, ImageSlot slot, Framing framing, List<Redaction> redactions,
                                      RenderQuality quality) {
        try {
            return render(capture, slot, framing, redactions, quality, ProgressMonitor.NONE);
        } catch (CancelledException e) {
            throw new IllegalStateException("nothing cancels ProgressMonitor.NONE", e);
        }
    }

    public static RenderedSlot render(SourceImage capture, ImageSlot slot, Framing framing, List<Redaction> redactions,
                                      ProgressMonitor monitor) throws CancelledException {
        return render(capture, slot, framing, redactions, RenderQuality.EXPORT, monitor);
    }

    private static RenderedSlot render(SourceImage capture, ImageSlot slot, Framing framing,
                                       List<Redaction> redactions, RenderQuality quality, ProgressMonitor monitor)
            throws CancelledException {
        int width = capture.width();
        int height = capture.height();
        double scale = capture.facts() == null || capture.facts().width() <= 0 ? 1.0
                : (double) width / capture.facts().width();
        int[] burnt = Redactions.apply(ArgbPixels.of(capture.pixels()), width, height, scaled(redactions, scale));
        // A vector capture is shown by its raster: the redactions are burnt into those pixels.
        SourceImage source = new SourceImage(ArgbPixels.toImage(burnt, width, height), capture.facts());
        monitor.checkCancelled();

        SlotBackground background = framing.autoBackground()
                ? SlotBackground.colour(EdgeColour.of(burnt, width, height)) : framing.background();
        Rectangle2D content = null;
        Fit fit = framing.fit();
        Crop crop = framing.crop();
        if (crop != null) {
            Crop inside = new Crop(crop.x() * scale, crop.y() * scale, crop.width() * scale, crop.height() * scale)
                    .within(width, height, (double) slot.width() / slot.height());
            content = new Rectangle2D.Double(inside.x(), inside.y(), inside.width(), inside.height());
            fit = Fit.COVER; // of the slot's aspect already: it fills the image exactly
            if (quality == RenderQuality.DRAFT && background.rgb().isPresent()) {
                // The crop fills the slot: no placement, no lost share to judge, only the pixels.
                float[] linear = DraftResampler.render(burnt, width, height, content, slot.width(), slot.height());
                int[] out = LinearToArgb.convert(linear, slot.width() * slot.height(), background.rgb().getAsInt());
                return new RenderedSlot(slot.id(), ArgbPixels.toImage(out, slot.width(), slot.height()), List.of());
            }
        }
        SlotSettings settings = SlotSettings.defaults().withFit(fit).withBackground(background)
                .withFocus(framing.focusX(), framing.focusY());
        return SlotRenderer.render(SharedSource.of(source), slot, settings, content, PreReduction.MEDIA, monitor);
    }

    /** Redactions in the working copy's pixels, grown to whole pixels so a reduced copy hides no less. */
    private static List<Redaction> scaled(List<Redaction> redactions, double scale) {
        if (scale == 1.0) {
            return redactions;
        }
        return redactions.stream().map(r -> {
            int x = (int) Math.floor(r.x() * scale);
            int y = (int) Math.floor(r.y() * scale);
            int right = (int) Math.ceil((r.x() + r.width()) * scale);
            int bottom = (int) Math.ceil((r.y() + r.height()) * scale);
            return new Redaction(x, y, Math.max(1, right - x), Math.max(1, bottom - y), r.style());
        }).toList();
    }
}
