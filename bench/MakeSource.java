import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws a logo-like benchmark source of any size (ImageMagick's default policy refuses images over 128 megapixels).
 * Usage: java bench/MakeSource.java OUT.png WIDTH HEIGHT
 */
public class MakeSource {
    public static void main(String[] args) throws Exception {
        int w = Integer.parseInt(args[1]);
        int h = Integer.parseInt(args[2]);
        int r = Math.min(w, h);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xC3, 0x22, 0x22), w, h, new Color(0x82, 0x77, 0x17)));
        g.fill(new RoundRectangle2D.Double(w / 16.0, h / 16.0, w - w / 8.0, h - h / 8.0, r / 4.0, r / 4.0));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(w / 3.0 - r / 6.0, h / 2.0 - r / 6.0, r / 3.0, r / 3.0));
        g.setColor(new Color(0xFF, 0xC8, 0x3D));
        g.fill(new Ellipse2D.Double(2 * w / 3.0 - r / 10.0, h / 3.0 - r / 10.0, r / 5.0, r / 5.0));
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
