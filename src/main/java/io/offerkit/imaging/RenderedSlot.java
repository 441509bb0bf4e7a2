package io.offerkit.imaging;

import io.offerkit.imaging.render.Finding;
import java.awt.image.BufferedImage;
import java.util.List;

/** One slot's pixels, exactly the slot's size, with the guidance that applies to it (each with its level). */
public record RenderedSlot(String slotId, BufferedImage image, List<Finding> findings) {
    public RenderedSlot {
        findings = List.copyOf(findings);
    }

    /** The guidance in words, every level. */
    public List<String> warnings() {
        return findings.stream().map(Finding::text).toList();
    }
}
