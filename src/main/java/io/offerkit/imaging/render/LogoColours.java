package io.offerkit.imaging.render;

/**
 * Classifies what a logo on transparency mostly consists of. The marketplace's guidance is that on a transparent
 * background the logo must not be white, black or blue, because the store shows it on white and on blue tiles.
 */
final class LogoColours {
    /** Share of the visible (alpha-weighted) logo that must be of one kind to call the logo "that colour". */
    static final double MOSTLY = 0.90;

    enum Kind { WHITE, BLACK, BLUE }

    private LogoColours() {
    }

    /** The kind that makes up at least 90 % of the visible logo, or null. */
    static Kind dominant(int[] argb) {
        double visible = 0;
        double white = 0;
        double black = 0;
        double blue = 0;
        for (int p : argb) {
            int a = p >>> 24;
            if (a == 0) {
                continue;
            }
            double weight = a / 255.0;
            visible += weight;
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            if (min >= 225 && max - min <= 20) {
                white += weight;
            } else if (max <= 45) {
                black += weight;
            } else if (isBlue(r, g, b, max, min)) {
                blue += weight;
            }
        }
        if (visible == 0) {
            return null;
        }
        if (white >= MOSTLY * visible) {
            return Kind.WHITE;
        }
        if (black >= MOSTLY * visible) {
            return Kind.BLACK;
        }
        if (blue >= MOSTLY * visible) {
            return Kind.BLUE;
        }
        return null;
    }

    /** Hue roughly 190..260 degrees, clearly saturated, not near-black. */
    private static boolean isBlue(int r, int g, int b, int max, int min) {
        if (max != b || max < 50) {
            return false;
        }
        double saturation = (max - min) / (double) max;
        if (saturation < 0.35) {
            return false;
        }
        double hue = 60.0 * ((r - g) / (double) (max - min)) + 240.0;
        return hue >= 190 && hue <= 260;
    }
}
