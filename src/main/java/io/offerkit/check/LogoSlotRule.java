package io.offerkit.check;

import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ImageSlot;
import java.awt.image.BufferedImage;

/** A slot has a rendered logo of an accepted size, in an accepted format, within the slot's byte limit. */
final class LogoSlotRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        ImageSlot slot = context.profile().slot(target).orElse(null);
        if (slot == null) {
            return Verdict.problem("The profile defines no image slot '" + target + "'.");
        }
        RenderedSlot rendered = context.logos().slot(target).orElse(null);
        if (rendered == null) {
            String why = context.logos().problems().getOrDefault(target, "No logo loaded yet.");
            return Verdict.problem(slot.label() + " " + slot.sizeText() + ": " + why);
        }
        int w = rendered.image().getWidth();
        int h = rendered.image().getHeight();
        if (!slot.accepts(w, h)) {
            return Verdict.problem(slot.label() + " is " + w + "x" + h + "; the slot needs " + slot.sizeText() + ".");
        }
        if (!slot.formats().contains("png")) {
            return Verdict.problem(slot.label() + ": OfferKit writes PNG; the slot takes " + String.join(", ", slot.formats()) + ".");
        }
        if (slot.maxBytes() != null && pngBytesAtMost(rendered.image()) > slot.maxBytes()) {
            int bytes = PngEncoder.encode(rendered.image()).length;
            if (bytes > slot.maxBytes()) {
                return Verdict.problem(slot.label() + "'s PNG has " + ByteSizes.wholeKilobytes(bytes) + "; the marketplace takes at most "
                        + ByteSizes.wholeKilobytes(slot.maxBytes()) + ".");
            }
        }
        boolean range = slot.minWidth() != null || slot.maxWidth() != null;
        return Verdict.ok(slot.label() + ": " + w + "x" + h + " PNG" + (range ? ", within " + (slot.square() ? "square " : "") + slot.minWidth() + "-" + slot.maxWidth() + " px" : "") + ".");
    }

    /**
     * The most bytes a PNG of this image can have (stored, unfiltered, with its chunks): a slot whose limit is above it
     * (the Office icon's 50 MB) needs no encoding on every check.
     */
    private static long pngBytesAtMost(BufferedImage image) {
        long raw = (long) image.getWidth() * image.getHeight() * 4 + image.getHeight();
        return raw + (raw / 16_000 + 1) * 5 + 1024;
    }
}
