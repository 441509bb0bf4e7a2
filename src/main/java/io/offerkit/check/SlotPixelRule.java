package io.offerkit.check;

import io.offerkit.imaging.RenderedSlot;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.PixelRule;
import java.awt.image.BufferedImage;

/**
 * A slot's pixel rule on its rendered image, exactly as the file is written. White on transparent (Teams' outline
 * icon): every visible pixel (alpha above 0) is pure white, so everything else is fully transparent; the first pixel
 * that is neither is named, with how many more there are.
 */
final class SlotPixelRule implements Rule {
    private static final int WHITE = 0xFFFFFF;

    @Override
    public Verdict apply(CheckContext context, String target) {
        ImageSlot slot = context.profile().slot(target).orElse(null);
        if (slot == null) {
            return Verdict.problem("The profile defines no image slot '" + target + "'.");
        }
        if (slot.pixelRule() != PixelRule.WHITE_ON_TRANSPARENT) {
            return Verdict.ok(slot.label() + " has no pixel rule.");
        }
        RenderedSlot rendered = context.logos().slot(target).orElse(null);
        if (rendered == null) {
            return Verdict.problem(slot.label() + ": " + context.logos().problems().getOrDefault(target, "No logo loaded yet."));
        }
        BufferedImage image = rendered.image();
        int wrong = 0;
        String first = null;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha != 0 && (argb & WHITE) != WHITE) {
                    if (first == null) {
                        first = String.format("the pixel at (%d, %d) is #%06X at alpha %d", x, y, argb & WHITE, alpha);
                    }
                    wrong++;
                }
            }
        }
        if (wrong == 0) {
            return Verdict.ok(slot.label() + ": white on transparent only.");
        }
        return Verdict.problem(slot.label() + " must be white (255, 255, 255) on a fully transparent background (alpha 0): "
                + first + (wrong > 1 ? ", and " + (wrong - 1) + " more pixels are neither white nor transparent." : "."));
    }
}
