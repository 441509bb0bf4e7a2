package io.offerkit.imaging.mark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Twenty varied logos drawn in code, anti-aliased as a designer's export is: on transparency and on solid colours;
 * colour, white on dark, thin strokes, text, a mark on a plate, a tile reaching the edges, wide and tall shapes.
 */
final class TestLogos {
    private static final int S = 512;

    private TestLogos() {
    }

    static Map<String, BufferedImage> twenty() {
        Map<String, BufferedImage> logos = new LinkedHashMap<>();
        // On transparency.
        logos.put("blue disc", draw(null, g -> fill(g, 0x1E88E5, new Ellipse2D.Double(56, 56, 400, 400))));
        logos.put("four coloured dots", draw(null, g -> {
            int[] colours = {0xF25022, 0x7FBA00, 0x00A4EF, 0xFFB900};
            for (int i = 0; i < 4; i++) {
                fill(g, colours[i], new Ellipse2D.Double(60 + (i % 2) * 200, 60 + (i / 2) * 200, 180, 180));
            }
        }));
        logos.put("gradient shield", draw(null, g -> {
            g.setPaint(new GradientPaint(0, 0, new Color(0x6A1B9A), S, S, new Color(0xF06292)));
            g.fill(shield());
        }));
        logos.put("thin ring", draw(null, g -> stroke(g, 0x00897B, 7, new Ellipse2D.Double(20, 20, 472, 472))));
        logos.put("thin line chart", draw(null, g -> {
            Path2D line = new Path2D.Double();
            line.moveTo(30, 400);
            line.lineTo(160, 250);
            line.lineTo(280, 330);
            line.lineTo(480, 90);
            stroke(g, 0xE53935, 9, line);
            stroke(g, 0x424242, 6, new java.awt.geom.Line2D.Double(20, 470, 490, 470));
        }));
        logos.put("colour word", draw(null, g -> text(g, 0x2E7D32, "Contoso", 120, Font.BOLD)));
        logos.put("serif letters", draw(null, g -> text(g, 0x5D4037, "AB", 300, Font.PLAIN, "Serif")));
        logos.put("letter on a disc", draw(null, g -> {
            fill(g, 0x3949AB, new Ellipse2D.Double(16, 16, 480, 480));
            text(g, 0xFFFFFF, "C", 340, Font.BOLD);
        }));
        logos.put("glyph on a tile", draw(null, g -> {
            fill(g, 0x6264A7, new RoundRectangle2D.Double(0, 0, S, S, 120, 120));
            fill(g, 0xFFFFFF, star(256, 256, 170, 70, 5));
        }));
        logos.put("orange star", draw(null, g -> fill(g, 0xFB8C00, star(256, 270, 250, 100, 5))));
        logos.put("diamond", draw(null, g -> fill(g, 0x8E24AA, polygon(256, 10, 500, 256, 256, 502, 12, 256))));
        logos.put("wide wordmark", draw(null, g -> text(g, 0x0277BD, "offerkit", 130, Font.BOLD)));
        logos.put("tall i", draw(null, g -> {
            fill(g, 0xC62828, new Ellipse2D.Double(216, 20, 80, 80));
            fill(g, 0xC62828, new RoundRectangle2D.Double(221, 140, 70, 350, 30, 30));
        }));
        logos.put("donut", draw(null, g -> stroke(g, 0x43A047, 90, new Ellipse2D.Double(80, 80, 352, 352))));
        // On solid colours.
        logos.put("white bolt on navy", draw(0x0B1F3A, g -> fill(g, 0xFFFFFF,
                polygon(290, 40, 140, 290, 250, 290, 210, 470, 380, 210, 270, 210))));
        logos.put("red hearts on white, noisy", noisy(draw(0xFFFFFF, g -> {
            fill(g, 0xD32F2F, new Ellipse2D.Double(110, 150, 170, 170));
            fill(g, 0xD32F2F, new Ellipse2D.Double(232, 150, 170, 170));
            fill(g, 0xD32F2F, polygon(118, 275, 394, 275, 256, 430));
        })));
        logos.put("black word on yellow", draw(0xFFEB3B, g -> text(g, 0x111111, "TEAMS", 110, Font.BOLD)));
        logos.put("thin check on white", draw(0xFFFFFF, g -> {
            Path2D check = new Path2D.Double();
            check.moveTo(110, 270);
            check.lineTo(220, 380);
            check.lineTo(410, 140);
            stroke(g, 0x1565C0, 8, check);
        }));
        logos.put("two colours on grey", draw(0x37474F, g -> {
            fill(g, 0x66BB6A, new Ellipse2D.Double(90, 150, 200, 200));
            fill(g, 0x42A5F5, new Ellipse2D.Double(222, 150, 200, 200));
        }));
        logos.put("white word on purple", draw(0x5B2C83, g -> text(g, 0xFFFFFF, "Go", 260, Font.BOLD)));
        return logos;
    }

    /** A photo-like picture: a smooth gradient under strong noise, with nothing that stands apart. */
    static BufferedImage photo() {
        Random random = new Random(7);
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 300; x++) {
                int r = clamp(x * 255 / 300 + random.nextInt(120) - 60);
                int g = clamp(y * 255 / 200 + random.nextInt(120) - 60);
                int b = clamp(128 + random.nextInt(160) - 80);
                image.setRGB(x, y, 0xFF000000 | r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    static BufferedImage draw(Integer background, Consumer<Graphics2D> paint) {
        BufferedImage image = new BufferedImage(S, S, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (background != null) {
            g.setColor(new Color(background));
            g.fillRect(0, 0, S, S);
        }
        paint.accept(g);
        g.dispose();
        return image;
    }

    static void fill(Graphics2D g, int rgb, java.awt.Shape shape) {
        g.setColor(new Color(rgb));
        g.fill(shape);
    }

    private static void stroke(Graphics2D g, int rgb, float width, java.awt.Shape shape) {
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }

    private static void text(Graphics2D g, int rgb, String text, int size, int style) {
        text(g, rgb, text, size, style, "SansSerif");
    }

    private static void text(Graphics2D g, int rgb, String text, int size, int style, String family) {
        g.setColor(new Color(rgb));
        g.setFont(new Font(family, style, size));
        var metrics = g.getFontMetrics();
        int x = (S - metrics.stringWidth(text)) / 2;
        int y = (S - metrics.getHeight()) / 2 + metrics.getAscent();
        g.drawString(text, x, y);
    }

    static Path2D polygon(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    private static Path2D star(double cx, double cy, double outer, double inner, int points) {
        double[] xy = new double[points * 4];
        for (int i = 0; i < points * 2; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = -Math.PI / 2 + i * Math.PI / points;
            xy[2 * i] = cx + r * Math.cos(angle);
            xy[2 * i + 1] = cy + r * Math.sin(angle);
        }
        return polygon(xy);
    }

    private static Path2D shield() {
        Path2D p = new Path2D.Double();
        p.moveTo(256, 20);
        p.lineTo(460, 90);
        p.curveTo(460, 300, 380, 420, 256, 492);
        p.curveTo(132, 420, 52, 300, 52, 90);
        p.closePath();
        return p;
    }

    /** JPEG-like noise of a few levels on every pixel: a background is one colour within such noise. */
    private static BufferedImage noisy(BufferedImage image) {
        Random random = new Random(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int d = random.nextInt(13) - 6;
                int r = clamp(((p >> 16) & 0xFF) + d);
                int gr = clamp(((p >> 8) & 0xFF) + d);
                int b = clamp((p & 0xFF) + d);
                image.setRGB(x, y, (p & 0xFF000000) | r << 16 | gr << 8 | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
