package io.offerkit.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;

/**
 * Bulk access to non-premultiplied ARGB pixels as an int array: reading pixel by pixel through
 * {@code getRGB(x, y)} is an order of magnitude slower on large sources.
 */
final class ArgbPixels {
    private ArgbPixels() {
    }

    /**
     * The pixels row by row, {@code width} ints per row. For a plain TYPE_INT_ARGB image this is the image's own
     * array (no copy); callers must treat it as read-only.
     */
    static int[] of(BufferedImage image) {
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

    /** A TYPE_INT_ARGB image that owns the given array. */
    static BufferedImage toImage(int[] argb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, target, 0, width * height);
        return image;
    }
}
