package io.offerkit.imaging;

import io.offerkit.imaging.mark.MarkExtractor;
import io.offerkit.imaging.mark.MarkResult;
import io.offerkit.imaging.mark.OutlineIconRenderer;
import io.offerkit.imaging.render.Finding;
import io.offerkit.imaging.render.Level;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import java.util.List;

/**
 * A slot whose pixel rule is white on transparent (Teams' outline icon), made from the mark of its source rather than
 * resampled from it: the slot's fit, padding and background do not apply, since the icon is the mark alone, trimmed,
 * in white. A vector source's mark is taken from its preview raster (1024 px), far finer than such an icon.
 */
final class OutlineSlot {
    private OutlineSlot() {
    }

    /** The rendered slot, or the reason there is none (asking for a mark). */
    record Outcome(RenderedSlot slot, String problem) {
    }

    /**
     * @param supplied whether the source is a mark the user chose for this slot (held to one shape in one colour)
     *                 rather than the logo itself
     */
    static Outcome render(SourceImage source, ImageSlot slot, boolean supplied) {
        int[] argb = ArgbPixels.of(source.pixels());
        MarkResult mark = supplied ? MarkExtractor.fromSuppliedMark(argb, source.width(), source.height())
                : MarkExtractor.fromLogo(argb, source.width(), source.height());
        if (!mark.separated()) {
            return new Outcome(null, mark.reason());
        }
        int[] icon = OutlineIconRenderer.render(mark.mask(), slot.width(), slot.height());
        String note = (supplied ? "Made from the mark chosen for this slot" : "Made from the logo's mark")
                + " (told apart from " + mark.mask().how() + "), white on transparency, trimmed, with no padding;"
                + " the fit, padding and background settings do not apply to it.";
        return new Outcome(new RenderedSlot(slot.id(), ArgbPixels.toImage(icon, slot.width(), slot.height()),
                List.of(new Finding(Level.INFO, note))), null);
    }
}
