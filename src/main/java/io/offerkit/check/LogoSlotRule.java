package io.offerkit.check;

import io.offerkit.imaging.RenderedSlot;
import io.offerkit.profile.ImageSlot;

/** A slot has a rendered logo of an accepted size. */
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
        return Verdict.ok(slot.label() + ": " + w + "x" + h + " PNG.");
    }
}
