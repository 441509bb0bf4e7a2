package io.offerkit.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The pieces the demo's app screens are drawn from (a header bar, panels, a table, charts), on a layout of logical
 * pixels scaled to the capture's size, the way a HiDPI screen draws the same window with twice the pixels. Text is in
 * the logical font {@link Font#SANS_SERIF}, which every Java runtime has.
 */
final class ScreenPainter {
    static final Color TEAL = new Color(0x0E, 0x9F, 0x8E);
    static final Color BLUE = new Color(0x0B, 0x5E, 0x8A);
    static final Color AMBER = new Color(0xFF, 0xC8, 0x3D);
    static final Color PAGE = new Color(0xF3, 0xF5, 0xF7);
    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color MUTED = new Color(0x6B, 0x77, 0x85);
    static final Color LINE = new Color(0xDD, 0xE2, 0xE8);
    static final int HEADER = 56;
    private static final String[] TABS = {"Today", "Work orders", "Technicians", "Reports"};

    private final BufferedImage image;
    final Graphics2D g;
    private final double scale;

    /** A capture of {@code width x height} pixels showing a window laid out in {@code width / scale} logical pixels. */
    ScreenPainter(int width, int height, double scale) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.scale = scale;
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(scale, scale);
        g.setColor(PAGE);
        g.fillRect(0, 0, logicalWidth(), (int) Math.ceil(height / scale));
    }

    int logicalWidth() {
        return (int) Math.ceil(image.getWidth() / scale);
    }

    BufferedImage done() {
        g.dispose();
        return image;
    }

    /** The app's header: its name, the section tabs with {@code active} underlined, the signed-in user. */
    void header(int active) {
        int w = logicalWidth();
        g.setPaint(new GradientPaint(0, 0, BLUE, w, 0, TEAL));
        g.fillRect(0, 0, w, HEADER);
        g.setColor(AMBER);
        g.fillOval(20, 18, 20, 20);
        int x = 52 + text("Contoso Route Planner", 52, 35, 18, Font.BOLD, Color.WHITE) + 48;
        for (int i = 0; i < TABS.length; i++) {
            int width = text(TABS[i], x, 35, 14, i == active ? Font.BOLD : Font.PLAIN,
                    i == active ? Color.WHITE : new Color(0xD6, 0xEE, 0xF0));
            if (i == active) {
                g.setColor(AMBER);
                g.fillRect(x, HEADER - 4, width, 4);
            }
            x += width + 34;
        }
        g.setColor(new Color(255, 255, 255, 60));
        g.fillOval(w - 170, 14, 28, 28);
        text("AO", w - 164, 33, 12, Font.BOLD, Color.WHITE);
        text("Dispatcher", w - 132, 33, 13, Font.PLAIN, Color.WHITE);
    }

    /** A white card with a title, the frame every panel sits in. */
    void panel(int x, int y, int w, int h, String title) {
        g.setColor(new Color(0, 0, 0, 18));
        g.fill(new RoundRectangle2D.Double(x + 1, y + 2, w, h, 10, 10));
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 10, 10));
        if (title != null) {
            text(title, x + 16, y + 28, 15, Font.BOLD, INK);
        }
    }

    /** A table: bold column heads, then rows with a rule between; {@code columns} are the x offsets of each column. */
    void table(int x, int y, int[] columns, String[] heads, List<String[]> rows, int rowHeight) {
        for (int c = 0; c < heads.length; c++) {
            text(heads[c], x + columns[c], y, 12, Font.BOLD, MUTED);
        }
        int rowY = y + rowHeight;
        for (String[] row : rows) {
            g.setColor(LINE);
            g.fillRect(x, rowY - rowHeight + 9, columns[columns.length - 1] + 110, 1);
            for (int c = 0; c < row.length; c++) {
                if (c == row.length - 1) {
                    pill(row[c], x + columns[c], rowY);
                } else {
                    text(row[c], x + columns[c], rowY, 13, c == 0 ? Font.BOLD : Font.PLAIN, INK);
                }
            }
            rowY += rowHeight;
        }
    }

    /** A status shown as a coloured pill. */
    void pill(String status, int x, int baseline) {
        Color colour = switch (status) {
            case "Late" -> new Color(0xD6, 0x45, 0x45);
            case "Done" -> new Color(0x2E, 0x8B, 0x57);
            case "En route" -> BLUE;
            default -> new Color(0x8A, 0x6D, 0x1F);
        };
        int width = g.getFontMetrics(font(12, Font.BOLD)).stringWidth(status) + 18;
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 36));
        g.fill(new RoundRectangle2D.Double(x, baseline - 14, width, 20, 20, 20));
        text(status, x + 9, baseline, 12, Font.BOLD, colour);
    }

    /** Bars with their labels under them, scaled to the largest value, on a light grid. */
    void barChart(int x, int y, int w, int h, String[] labels, int[] values) {
        int max = 0;
        for (int v : values) {
            max = Math.max(max, v);
        }
        grid(x, y, w, h, 4);
        int slot = w / values.length;
        for (int i = 0; i < values.length; i++) {
            int barH = (int) Math.round((double) values[i] / max * (h - 10));
            g.setColor(i == values.length - 1 ? AMBER : TEAL);
            g.fill(new RoundRectangle2D.Double(x + i * slot + slot * 0.2, y + h - barH, slot * 0.6, barH, 6, 6));
            text(labels[i], x + i * slot + slot / 2 - 10, y + h + 18, 11, Font.PLAIN, MUTED);
        }
    }

    /** A line through {@code values} (0..1 of the height), with a dot at each point. */
    void lineChart(int x, int y, int w, int h, double[] values, Color colour) {
        grid(x, y, w, h, 4);
        g.setColor(colour);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double step = (double) w / (values.length - 1);
        for (int i = 0; i < values.length; i++) {
            double px = x + i * step;
            double py = y + h - values[i] * h;
            if (i > 0) {
                g.draw(new java.awt.geom.Line2D.Double(x + (i - 1) * step, y + h - values[i - 1] * h, px, py));
            }
            g.fill(new java.awt.geom.Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
        }
        g.setStroke(new BasicStroke(1));
    }

    private void grid(int x, int y, int w, int h, int lines) {
        g.setColor(LINE);
        for (int i = 0; i <= lines; i++) {
            g.fillRect(x, y + h * i / lines, w, 1);
        }
    }

    /** Draws {@code text} at a baseline and returns its width, in logical pixels. */
    int text(String text, double x, double baseline, int size, int style, Color colour) {
        g.setFont(font(size, style));
        g.setColor(colour);
        g.drawString(text, (float) x, (float) baseline);
        return g.getFontMetrics().stringWidth(text);
    }

    /** Where {@link #text} draws {@code text}, in the capture's own pixels, with a margin: what a redaction covers. */
    Rectangle bounds(String text, double x, double baseline, int size, int style, int margin) {
        var metrics = g.getFontMetrics(font(size, style));
        double left = (x - margin) * scale;
        double top = (baseline - metrics.getAscent() - margin) * scale;
        double right = (x + metrics.stringWidth(text) + margin) * scale;
        double bottom = (baseline + metrics.getDescent() + margin) * scale;
        return new Rectangle((int) Math.floor(left), (int) Math.floor(top),
                (int) Math.ceil(right - left), (int) Math.ceil(bottom - top));
    }

    private static Font font(int size, int style) {
        return new Font(Font.SANS_SERIF, style, size);
    }
}
