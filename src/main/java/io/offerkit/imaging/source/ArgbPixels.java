package io.offerkit.imaging.source;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/**
 * Bulk access to non-premultiplied ARGB pixels as an int array: reading pixel by pixel through
 * {@code getRGB(x, y)} is an order of magnitude slower on large sources.
 */
public final class ArgbPixels {
    private ArgbPixels() {
    }

    /**
     * The pixels row by row, {@code width} ints per row. For a plain TYPE_INT_ARGB image this is the image's own
     * array (no copy); callers must treat it as read-only.
     */
    public static int[] of(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == image.getWidth()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getOffset() == 0) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            if (data.length == image.getWidth() * image.getHeight()) {
                return data;
            }
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /**
     * A TYPE_INT_ARGB image that owns the given array: its pixels are the array, not a copy (a 12000x12000 source
     * would otherwise hold 576 MB twice), so the caller must not keep using it.
     */
    public static BufferedImage toImage(int[] argb, int width, int height) {
        DirectColorModel argbModel = (DirectColorModel) ColorModel.getRGBdefault();
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, width * height), width, height,
                width, argbModel.getMasks(), null);
        return new BufferedImage(argbModel, raster, false, null);
    }
}
