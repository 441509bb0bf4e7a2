package io.offerkit.check;

import io.offerkit.imaging.RenderedSlot;
import java.util.LinkedHashSet;
import java.util.Set;

/** The marketplace's logo guidance (not stretched, not upscaled...), gathered from every rendered slot's warnings. */
final class LogoGuidanceRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        Set<String> warnings = new LinkedHashSet<>();
        for (RenderedSlot slot : context.logos().all()) {
            slot.warnings().forEach(w -> warnings.add(slot.slotId() + ": " + w));
        }
        if (context.logos().all().isEmpty()) {
            return Verdict.ok("No logo yet.");
        }
        return warnings.isEmpty() ? Verdict.ok("No guidance warnings.") : Verdict.problem(String.join(" ", warnings));
    }
}
