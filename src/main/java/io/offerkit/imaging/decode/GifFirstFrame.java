package io.offerkit.imaging.decode;

import io.offerkit.imaging.colour.SrgbArgb;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.PixelBudget;
import java.awt.image.BufferedImage;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.NodeList;

/**
 * The first frame of a GIF as a viewer shows it: on the logical screen, at its offset, with the rest transparent.
 * ImageIO returns only the frame's own rectangle, which for an animated or optimised GIF is smaller than the image.
 */
final class GifFirstFrame {
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";

    private GifFirstFrame() {
    }

    record Placed(int[] argb, int width, int height) {
    }

    /**
     * Refuses a logical screen over the budget, or larger than the file can plausibly fill, before the frame is
     * decoded: a tiny frame on a 12000x12000 screen would otherwise cost a 576 MB canvas.
     */
    static void checkScreen(ImageReader reader, String name, long fileBytes) throws IOException, ImagingException {
        int screenW = attribute(reader.getStreamMetadata(), STREAM_FORMAT, "LogicalScreenDescriptor",
                "logicalScreenWidth", 1);
        int screenH = attribute(reader.getStreamMetadata(), STREAM_FORMAT, "LogicalScreenDescriptor",
                "logicalScreenHeight", 1);
        int left = attribute(reader.getImageMetadata(0), IMAGE_FORMAT, "ImageDescriptor", "imageLeftPosition", 0);
        int top = attribute(reader.getImageMetadata(0), IMAGE_FORMAT, "ImageDescriptor", "imageTopPosition", 0);
        long w = Math.max(screenW, (long) left + reader.getWidth(0));
        long h = Math.max(screenH, (long) top + reader.getHeight(0));
        PixelBudget.check(name, w, h);
        PixelBudget.checkExpansion(name, w, h, fileBytes);
    }

    static Placed onLogicalScreen(ImageReader reader, BufferedImage frame, String name)
            throws IOException, ImagingException {
        int[] pixels = SrgbArgb.of(frame);
        int fw = frame.getWidth();
        int fh = frame.getHeight();
        int screenW = attribute(reader.getStreamMetadata(), STREAM_FORMAT, "LogicalScreenDescriptor",
                "logicalScreenWidth", fw);
        int screenH = attribute(reader.getStreamMetadata(), STREAM_FORMAT, "LogicalScreenDescriptor",
                "logicalScreenHeight", fh);
        int left = attribute(reader.getImageMetadata(0), IMAGE_FORMAT, "ImageDescriptor", "imageLeftPosition", 0);
        int top = attribute(reader.getImageMetadata(0), IMAGE_FORMAT, "ImageDescriptor", "imageTopPosition", 0);
        if (screenW < left + fw || screenH < top + fh) {
            // A frame outside its screen (common in broken encoders): browsers grow the screen, so do we.
            screenW = Math.max(screenW, left + fw);
            screenH = Math.max(screenH, top + fh);
        }
        if (screenW == fw && screenH == fh) {
            return new Placed(pixels, fw, fh);
        }
        PixelBudget.check(name, screenW, screenH);
        int[] screen = new int[screenW * screenH];
        for (int y = 0; y < fh; y++) {
            System.arraycopy(pixels, y * fw, screen, (top + y) * screenW + left, fw);
        }
        return new Placed(screen, screenW, screenH);
    }

    private static int attribute(IIOMetadata metadata, String format, String node, String attribute, int fallback) {
        if (metadata == null) {
            return fallback;
        }
        try {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
            NodeList nodes = root.getElementsByTagName(node);
            if (nodes.getLength() == 0) {
                return fallback;
            }
            String value = ((IIOMetadataNode) nodes.item(0)).getAttribute(attribute);
            return value == null || value.isEmpty() ? fallback : Integer.parseInt(value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
