package io.offerkit.bundle;

import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import java.util.Base64;

/**
 * A bundle PNG as the store preview inlines it: reduced so its longer side is at most {@code maxPixels} (a logo at
 * twice the CSS size the page shows it, so it stays sharp; a screenshot at its frame's width, a fraction of the bytes),
 * as a {@code data:} URI, so the page needs no file beside it and loads nothing. The same bytes give the same URI.
 */
final class PreviewImages {
    private PreviewImages() {
    }

    /** The PNG reduced to at most {@code maxPixels} on its longer side; null when there is no image. */
    static String dataUri(byte[] png, int maxPixels) {
        if (png == null) {
            return null;
        }
        try {
            SourceImage image = ImageDecoder.read(png, "preview.png");
            SourceImage reduced = WorkingCopy.of(image, maxPixels);
            byte[] bytes = reduced == image ? png : PngEncoder.encode(reduced.pixels());
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (ImagingException e) {
            return null; // the bundle's own PNG: cannot happen, and the page then shows the frame without it
        }
    }
}
