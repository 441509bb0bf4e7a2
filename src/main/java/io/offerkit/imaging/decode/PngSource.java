package io.offerkit.imaging.decode;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.IccProfiles;
import io.offerkit.imaging.png.PngDecoder;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.Pixels;
import io.offerkit.imaging.source.SourceImage;
import java.awt.color.ICC_Profile;

/** A PNG source: {@link PngDecoder}'s pixels brought to sRGB (ICC profile, else gAMA) with the file's facts. */
public final class PngSource {
    private PngSource() {
    }

    public static SourceImage read(byte[] data, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        PngDecoder.Result png = decode(data, name, monitor.slice(0, 0.95));
        monitor.checkCancelled();
        ImageFacts facts = new ImageFacts("PNG", png.width(), png.height(), colourType(png), png.bitDepth(),
                png.hasTransparency(), png.hasTransparency() && Pixels.alphaUsed(png.argb()), iccName(png),
                data.length);
        SourceImage image = new SourceImage(ArgbPixels.toImage(png.argb(), png.width(), png.height()), facts);
        monitor.progress(1);
        return image;
    }

    /** Decodes and converts to sRGB; the result's argb is already sRGB. */
    static PngDecoder.Result decode(byte[] data, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        PngDecoder.Result png = PngDecoder.decode(data, name, PixelBudget.MAX_PIXELS, monitor);
        monitor.checkCancelled();
        ICC_Profile profile = png.iccProfile() == null ? null : IccProfiles.parseOrNull(png.iccProfile());
        if (profile != null) {
            IccProfiles.convertToSrgb(png.argb(), png.width(), png.height(), profile);
        } else if (!png.srgbChunk() && PngGamma.needsConversion(png.gamma())) {
            PngGamma.toSrgb(png.argb(), png.gamma());
        }
        return png;
    }

    static String colourType(PngDecoder.Result png) {
        String type = png.colourType().label();
        return png.interlaced() ? type + ", interlaced" : type;
    }

    private static String iccName(PngDecoder.Result png) {
        ICC_Profile profile = png.iccProfile() == null ? null : IccProfiles.parseOrNull(png.iccProfile());
        return profile == null ? null : IccProfiles.description(profile);
    }
}
