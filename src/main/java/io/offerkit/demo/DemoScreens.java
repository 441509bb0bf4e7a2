package io.offerkit.demo;

import static io.offerkit.demo.ScreenPainter.AMBER;
import static io.offerkit.demo.ScreenPainter.BLUE;
import static io.offerkit.demo.ScreenPainter.HEADER;
import static io.offerkit.demo.ScreenPainter.INK;
import static io.offerkit.demo.ScreenPainter.LINE;
import static io.offerkit.demo.ScreenPainter.MUTED;
import static io.offerkit.demo.ScreenPainter.TEAL;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The demo offer's app, captured as a marketing team would capture it: the route board from a 1920x1200 laptop
 * screen (16:10, so it is cropped), the work orders at exactly 1280x720, the dashboard from a HiDPI screen at
 * 2560x1440, and the video's title card. The work orders show a customer's e-mail address, which the demo redacts.
 */
final class DemoScreens {
    /** The e-mail address the work orders show, which must not be published. */
    static final String EMAIL = "ana.ortiz@fabrikam.example";
    private static final int EMAIL_X = 912;
    private static final int EMAIL_Y = 200;
    private static final int EMAIL_SIZE = 14;

    private DemoScreens() {
    }

    /** Today's routes: the technicians on the left, their routes on a map. 1920x1200, a 1280x800 layout at 1.5x. */
    static BufferedImage routeBoard() {
        ScreenPainter p = new ScreenPainter(1920, 1200, 1.5);
        p.header(0);
        p.panel(20, HEADER + 20, 330, 620, "Technicians today");
        String[][] people = {{"Kai Nakamura", "6 visits", "En route"}, {"Priya Raman", "5 visits", "On site"},
            {"Lucas Moreau", "7 visits", "Late"}, {"Sara Lindqvist", "4 visits", "Done"},
            {"Tom Okafor", "6 visits", "En route"}, {"Mei Chen", "5 visits", "On site"}};
        Color[] routes = {TEAL, BLUE, new Color(0xD6, 0x45, 0x45), new Color(0x2E, 0x8B, 0x57), AMBER,
            new Color(0x7B, 0x4F, 0xC9)};
        int y = HEADER + 84;
        for (int i = 0; i < people.length; i++) {
            p.g.setColor(routes[i]);
            p.g.fillOval(36, y - 14, 26, 26);
            p.text(people[i][0].substring(0, 1), 44, y + 4, 13, Font.BOLD, Color.WHITE);
            p.text(people[i][0], 74, y, 14, Font.BOLD, INK);
            p.text(people[i][1], 74, y + 18, 12, Font.PLAIN, MUTED);
            p.pill(people[i][2], 250, y + 8);
            p.g.setColor(LINE);
            p.g.fillRect(36, y + 34, 298, 1);
            y += 64;
        }
        map(p, 370, HEADER + 20, 890, 620, routes);
        // Below the 16:9 crop (720 of the layout's 800): the status line the published screenshot leaves out.
        p.text("Last synced with Dynamics 365 Field Service 2 minutes ago", 24, 770, 12, Font.PLAIN, MUTED);
        return p.done();
    }

    private static void map(ScreenPainter p, int x, int y, int w, int h, Color[] routes) {
        p.panel(x, y, w, h, null);
        p.g.setColor(new Color(0xE8, 0xF1, 0xEC));
        p.g.fillRect(x + 10, y + 10, w - 20, h - 20);
        p.g.setColor(Color.WHITE);
        for (int i = 1; i < 9; i++) {
            p.g.fillRect(x + 10 + i * (w - 20) / 9, y + 10, 6, h - 20);
            p.g.fillRect(x + 10, y + 10 + i * (h - 20) / 9, w - 20, 5);
        }
        p.g.setColor(new Color(0xB8, 0xD8, 0xEC));
        p.g.fillRoundRect(x + w - 260, y + 40, 200, 140, 60, 60);
        p.text("Lake Union", x + w - 200, y + 116, 12, Font.PLAIN, new Color(0x4A, 0x7A, 0x9C));
        // Each route runs along the streets (cell by cell, across then down), with a numbered dot at every visit.
        int cellW = (w - 20) / 9;
        int cellH = (h - 20) / 9;
        int[][] starts = {{1, 1}, {5, 0}, {7, 3}, {0, 6}, {3, 3}, {6, 6}};
        int[][] moves = {{2, 1}, {1, 2}, {-2, 1}, {2, -1}, {1, 2}, {-1, -2}};
        p.g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int r = 0; r < routes.length; r++) {
            Path2D route = new Path2D.Double();
            int cx = starts[r][0];
            int cy = starts[r][1];
            List<double[]> stops = new java.util.ArrayList<>();
            route.moveTo(streetX(x, cellW, cx), streetY(y, cellH, cy));
            stops.add(new double[] {streetX(x, cellW, cx), streetY(y, cellH, cy)});
            for (int step = 0; step < 4; step++) {
                int[] move = moves[(r + step) % moves.length];
                cx = Math.max(0, Math.min(7, cx + move[0]));
                route.lineTo(streetX(x, cellW, cx), streetY(y, cellH, cy));
                cy = Math.max(0, Math.min(7, cy + move[1]));
                route.lineTo(streetX(x, cellW, cx), streetY(y, cellH, cy));
                stops.add(new double[] {streetX(x, cellW, cx), streetY(y, cellH, cy)});
            }
            p.g.setColor(routes[r]);
            p.g.draw(route);
            for (int i = 0; i < stops.size(); i++) {
                double[] stop = stops.get(i);
                p.g.setColor(routes[r]);
                p.g.fill(new java.awt.geom.Ellipse2D.Double(stop[0] - 10, stop[1] - 10, 20, 20));
                p.text(String.valueOf(i + 1), stop[0] - 3.5, stop[1] + 4.5, 12, Font.BOLD, Color.WHITE);
            }
        }
        p.g.setStroke(new BasicStroke(1));
    }

    private static double streetX(int x, int cellW, int column) {
        return x + 10 + column * cellW + cellW + 3;
    }

    private static double streetY(int y, int cellH, int row) {
        return y + 10 + row * cellH + cellH + 2.5;
    }

    /** Work orders: a table of today's orders and one order's details, with the customer's e-mail. 1280x720. */
    static BufferedImage workOrders() {
        ScreenPainter p = new ScreenPainter(1280, 720, 1.0);
        p.header(1);
        p.panel(20, HEADER + 20, 840, 624, "Work orders - Thursday");
        List<String[]> rows = List.of(
                new String[] {"WO-10482", "Fabrikam Dairy", "Redmond", "08:00-10:00", "En route"},
                new String[] {"WO-10483", "Northwind Traders", "Bellevue", "09:30-11:00", "On site"},
                new String[] {"WO-10485", "Tailspin Toys", "Kirkland", "10:00-12:00", "Late"},
                new String[] {"WO-10486", "Adventure Works", "Seattle", "11:00-13:00", "Scheduled"},
                new String[] {"WO-10490", "Woodgrove Bank", "Renton", "12:30-14:00", "Scheduled"},
                new String[] {"WO-10491", "Litware Inc.", "Issaquah", "13:00-15:00", "Scheduled"},
                new String[] {"WO-10493", "Proseware", "Bothell", "14:00-16:00", "Scheduled"},
                new String[] {"WO-10477", "Contoso Pharma", "Tukwila", "07:00-08:30", "Done"},
                new String[] {"WO-10479", "Wide World Importers", "Everett", "07:30-09:00", "Done"},
                new String[] {"WO-10494", "Alpine Ski House", "Sammamish", "15:00-17:00", "Scheduled"},
                new String[] {"WO-10495", "Coho Winery", "Woodinville", "15:30-17:00", "Scheduled"},
                new String[] {"WO-10497", "Lucerne Publishing", "Lynnwood", "16:00-18:00", "Scheduled"});
        p.table(40, HEADER + 80, new int[] {0, 120, 330, 470, 620}, new String[] {"ORDER", "CUSTOMER", "SITE",
            "WINDOW", "STATUS"}, rows, 44);
        p.panel(880, HEADER + 20, 380, 624, "WO-10482 - Fabrikam Dairy");
        String[][] fields = {{"Contact", "Ana Ortiz"}, {"E-mail", EMAIL}, {"Phone", "(425) 555-0142"},
            {"Asset", "Milk cooler MC-200"}, {"Issue", "Compressor noise"}, {"Technician", "Kai Nakamura"}};
        int y = EMAIL_Y - 50;
        for (String[] field : fields) {
            p.text(field[0], EMAIL_X, y - 18, 12, Font.PLAIN, MUTED);
            p.text(field[1], EMAIL_X, y, EMAIL_SIZE, Font.PLAIN, INK);
            y += 50;
        }
        p.g.setPaint(new GradientPaint(0, 560, TEAL, 0, 600, BLUE));
        p.g.fillRoundRect(EMAIL_X, 580, 150, 40, 10, 10);
        p.text("Assign route", EMAIL_X + 28, 605, 14, Font.BOLD, Color.WHITE);
        return p.done();
    }

    /** Where {@link #workOrders} shows the e-mail address, in its pixels: the demo's redaction. */
    static Rectangle emailInWorkOrders() {
        ScreenPainter p = new ScreenPainter(1, 1, 1.0);
        Rectangle bounds = p.bounds(EMAIL, EMAIL_X, EMAIL_Y, EMAIL_SIZE, Font.PLAIN, 4);
        p.done();
        return bounds;
    }

    /** The dashboard: four figures, visits per day, drive time. 2560x1440, a 1280x720 layout at 2x (HiDPI). */
    static BufferedImage dashboard() {
        ScreenPainter p = new ScreenPainter(2560, 1440, 2.0);
        p.header(3);
        String[][] tiles = {{"Visits today", "128"}, {"On time", "96 %"}, {"Average drive", "18 min"},
            {"Open orders", "42"}};
        for (int i = 0; i < tiles.length; i++) {
            int x = 20 + i * 315;
            p.panel(x, HEADER + 20, 295, 100, null);
            p.text(tiles[i][0], x + 18, HEADER + 52, 13, Font.PLAIN, MUTED);
            p.text(tiles[i][1], x + 18, HEADER + 96, 32, Font.BOLD, i == 1 ? TEAL : INK);
        }
        p.panel(20, HEADER + 140, 760, 500, "Visits per day");
        p.barChart(50, HEADER + 200, 700, 380, new String[] {"Fri", "Sat", "Mon", "Tue", "Wed", "Thu", "Today"},
                new int[] {112, 64, 131, 124, 119, 140, 128});
        p.panel(800, HEADER + 140, 460, 500, "Drive time per visit (min)");
        p.lineChart(830, HEADER + 200, 400, 200, new double[] {0.82, 0.74, 0.70, 0.61, 0.55, 0.52, 0.47}, BLUE);
        p.text("-27 % since routes are planned", 830, HEADER + 440, 14, Font.BOLD, TEAL);
        p.text("Top technicians this week", 830, HEADER + 490, 13, Font.BOLD, INK);
        String[] top = {"Lucas Moreau  41 visits", "Kai Nakamura  38 visits", "Mei Chen  36 visits"};
        for (int i = 0; i < top.length; i++) {
            p.text((i + 1) + ".  " + top[i], 830, HEADER + 520 + i * 28, 13, Font.PLAIN, INK);
        }
        return p.done();
    }

    /** The product tour's thumbnail: a title card at 1280x720, with no play icon (the store draws its own). */
    static BufferedImage tourThumbnail() {
        ScreenPainter p = new ScreenPainter(1280, 720, 1.0);
        p.g.setPaint(new GradientPaint(0, 0, BLUE, 1280, 720, TEAL));
        p.g.fillRect(0, 0, 1280, 720);
        p.g.drawImage(DemoLogo.draw(), 120, 210, 300, 300, null);
        p.text("Product tour", 480, 330, 64, Font.BOLD, Color.WHITE);
        p.text("Plan a day of field service in two minutes", 484, 392, 28, Font.PLAIN, new Color(0xE6, 0xF4, 0xF2));
        p.g.setColor(AMBER);
        p.g.fillRect(484, 430, 120, 6);
        p.text("Contoso Route Planner for Dynamics 365", 484, 480, 20, Font.PLAIN, Color.WHITE);
        return p.done();
    }
}
