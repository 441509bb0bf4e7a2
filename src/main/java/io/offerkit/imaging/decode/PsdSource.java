package io.offerkit.imaging.decode;

import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.colour.SrgbArgb;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import io.offerkit.imaging.source.Pixels;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.psd.PsdImageParser;

/**
 * A Photoshop file's flattened composite (the "maximise compatibility" image every PSD carries), decoded by Commons
 * Imaging after the header's size has passed the pixel budget. Layers are not composited by us: the composite is
 * what Photoshop itself shows. Commons Imaging cannot be stopped midway: a cancel is seen before and after it.
 */
public final class PsdSource {
    private static final int HEADER_BYTES = 26;

    private PsdSource() {
    }

    public static SourceImage read(byte[] data, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        if (data.length < HEADER_BYTES) {
            throw new ImagingException(name + " is truncated: it ends inside the Photoshop header.");
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        int version = b.getShort(4) & 0xFFFF;
        if (version != 1) {
            throw new ImagingException(name + " is a large-document Photoshop file (PSB); save it as PSD or PNG.");
        }
        int channels = b.getShort(12) & 0xFFFF;
        long height = b.getInt(14) & 0xFFFFFFFFL;
        long width = b.getInt(18) & 0xFFFFFFFFL;
        int depth = b.getShort(22) & 0xFFFF;
        int mode = b.getShort(24) & 0xFFFF;
        PixelBudget.check(name, width, height);
        PixelBudget.checkExpansion(name, width, height, data.length);
        monitor.checkCancelled();
        BufferedImage image;
        try {
            image = new PsdImageParser().getBufferedImage(ByteSource.array(data), null);
        } catch (IOException e) {
            throw new ImagingException(name + " is damaged or uses a Photoshop feature OfferKit cannot read ("
                    + e.getMessage() + ").", e);
        }
        if (image == null) {
            throw new ImagingException(name + " has no composite image; save it with 'maximise compatibility'.");
        }
        monitor.checkCancelled();
        monitor.progress(0.8);
        int[] argb = SrgbArgb.of(image);
        monitor.checkCancelled();
        boolean hasAlpha = image.getColorModel().hasAlpha();
        ImageFacts facts = new ImageFacts("PSD", image.getWidth(), image.getHeight(), colourMode(mode, channels),
                depth, hasAlpha, hasAlpha && Pixels.alphaUsed(argb), ImageIoSource.iccDescription(data), data.length);
        SourceImage source = new SourceImage(ArgbPixels.toImage(argb, image.getWidth(), image.getHeight()), facts);
        monitor.progress(1);
        return source;
    }

    private static String colourMode(int mode, int channels) {
        return switch (mode) {
            case 0 -> "bitmap";
            case 1 -> "grey";
            case 2 -> "palette";
            case 3 -> channels > 3 ? "RGBA" : "RGB";
            case 4 -> "CMYK";
            case 9 -> "Lab";
            default -> "mode " + mode;
        };
    }
}
