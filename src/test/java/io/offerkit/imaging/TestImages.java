package io.offerkit.imaging;

import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/** Logos and slots generated in code, so the tests need no fixture files. */
public final class TestImages {
    public static final List<ImageSlot> APPSOURCE_SLOTS = List.of(slot(40, 40), slot(90, 90), slot(115, 115), slot(255, 115));

    private TestImages() {
    }

    public static ImageSlot slot(int w, int h) {
        return new ImageSlot("slot-" + w + "x" + h, null, w, h, "png", true, null, null, null, null, false, null);
    }

    public static SourceImage source(BufferedImage image) {
        boolean alpha = false;
        for (int p : ArgbPixels.of(image)) {
            alpha |= (p >>> 24) != 255;
        }
        return new SourceImage(image, new ImageFacts("PNG", image.getWidth(), image.getHeight(),
                alpha ? "RGBA" : "RGB", 8, alpha, alpha, null, 0));
    }

    public static BufferedImage filled(int w, int h, int argb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] px = ArgbPixels.of(image);
        Arrays.fill(px, argb);
        return image;
    }

    /** A mark with a gradient tile, a thin stroke, a disc and text; on transparency or on an opaque colour. */
    public static BufferedImage logo(int w, int h, boolean opaque) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            if (opaque) {
                g.setColor(new Color(0xF4, 0xEF, 0xE6));
                g.fillRect(0, 0, w, h);
            }
            double s = Math.min(w, h);
            g.setPaint(new GradientPaint(0, 0, new Color(0x0E, 0x9F, 0x8E), w, h, new Color(0x7B, 0x2D, 0x8A)));
            g.fill(new RoundRectangle2D.Double(s * 0.06, s * 0.06, s * 0.6, s * 0.6, s * 0.15, s * 0.15));
            g.setColor(new Color(0xFF, 0xC8, 0x3D));
            g.fill(new Ellipse2D.Double(s * 0.45, s * 0.45, s * 0.4, s * 0.4));
            g.setColor(new Color(0x20, 0x20, 0x20));
            g.setStroke(new BasicStroke((float) (s * 0.012)));
            g.drawLine((int) (s * 0.1), (int) (s * 0.9), w - (int) (s * 0.1), (int) (s * 0.75));
            g.setColor(new Color(0xC0, 0x1F, 0x3A));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (s * 0.16)));
            g.drawString("OfferKit", (float) (s * 0.1), (float) (s * 0.98));
        } finally {
            g.dispose();
        }
        return image;
    }

    static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
