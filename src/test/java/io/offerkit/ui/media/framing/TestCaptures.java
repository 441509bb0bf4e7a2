package io.offerkit.ui.media.framing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A capture made in code that looks like an app window: a title bar, a side bar, rows of text and an e-mail column. */
final class TestCaptures {
    private TestCaptures() {
    }

    static BufferedImage appWindow(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double u = width / 1600.0;
        g.setColor(new Color(0xF3F4F6));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1E3A8A));
        g.fillRect(0, 0, width, (int) (56 * u));
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (24 * u)));
        g.drawString("Contoso Field Service - Work orders", (int) (24 * u), (int) (37 * u));
        g.setColor(new Color(0xE5E7EB));
        g.fillRect(0, (int) (56 * u), (int) (260 * u), height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) (18 * u)));
        String[] menu = {"Dashboard", "Work orders", "Technicians", "Schedule", "Inventory", "Reports"};
        for (int i = 0; i < menu.length; i++) {
            g.setColor(i == 1 ? new Color(0x2563EB) : new Color(0x374151));
            g.drawString(menu[i], (int) (28 * u), (int) ((110 + i * 44) * u));
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) (17 * u)));
        for (int row = 0; row < 16; row++) {
            int y = (int) ((120 + row * 46) * u);
            g.setColor(row % 2 == 0 ? Color.WHITE : new Color(0xF9FAFB));
            g.fillRect((int) (290 * u), y - (int) (28 * u), width - (int) (320 * u), (int) (44 * u));
            g.setColor(new Color(0x111827));
            g.drawString("WO-" + (10240 + row) + "   Boiler inspection, building " + (row % 5 + 1), (int) (310 * u), y);
            g.setColor(new Color(0x6B7280));
            g.drawString("tech" + row + "@contoso-tenant.onmicrosoft.com", (int) (1000 * u), y);
        }
        g.dispose();
        return image;
    }

    /** The image at {@code factor} of its size, smoothly, as a working copy is. */
    static BufferedImage reduced(BufferedImage image, double factor) {
        int w = (int) Math.round(image.getWidth() * factor);
        int h = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
