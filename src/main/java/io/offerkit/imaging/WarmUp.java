package io.offerkit.imaging;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.SlotSettings;

/**
 * Makes and encodes a 1x1 slot from a 2x2 picture, so that the classes and tables a real slot needs (AWT's native
 * library and colour models, the sRGB tables, the resampler, the deflater) are loaded and initialised. A cold
 * command-line run pays tens of milliseconds for them; with a thread that would otherwise wait, it need not pay them
 * after its source is decoded.
 */
public final class WarmUp {
    private WarmUp() {
    }

    public static void imaging() {
        SourceImage tiny = new SourceImage(ArgbPixels.toImage(new int[] {0xFF336699, 0x80FFFFFF, 0, 0xFF000000}, 2, 2),
                null);
        ImageSlot slot = new ImageSlot("warm-up", null, 1, 1, "png", false, null, null, null, null, false, null);
        PngEncoder.encode(SlotRenderer.render(tiny, slot, SlotSettings.defaults()).image());
    }
}
