package io.offerkit.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/** One slot's pixels, exactly the slot's size, with the guidance warnings that apply to it. */
public record RenderedSlot(String slotId, BufferedImage image, List<String> warnings) {
    public RenderedSlot {
        warnings = List.copyOf(warnings);
    }
}
