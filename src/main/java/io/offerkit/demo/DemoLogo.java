package io.offerkit.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/** Draws the demo offer's logo: a teal rounded tile with a white route mark, on transparency, 1024x1024. */
public final class DemoLogo {
    public static final int SIZE = 1024;

    private DemoLogo() {
    }

    public static BufferedImage draw() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(new GradientPaint(0, 0, new Color(0x0E, 0x9F, 0x8E), SIZE, SIZE, new Color(0x0B, 0x5E, 0x8A)));
            g.fill(new RoundRectangle2D.Double(64, 64, SIZE - 128, SIZE - 128, 220, 220));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(78, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D route = new Path2D.Double();
            route.moveTo(270, 720);
            route.curveTo(380, 520, 460, 760, 560, 560);
            route.curveTo(620, 440, 700, 400, 760, 330);
            g.draw(route);
            g.fillOval(210, 660, 120, 120);
            g.setColor(new Color(0xFF, 0xC8, 0x3D));
            g.fillOval(700, 270, 120, 120);
        } finally {
            g.dispose();
        }
        return image;
    }
}
