package io.offerkit.imaging.render;

import io.offerkit.imaging.colour.SrgbTransfer;
import java.util.function.IntPredicate;

/**
 * Classifies what a logo on transparency mostly consists of. The marketplace's guidance is that on a transparent
 * background the logo must not be white, black or blue, because the store shows it on white and on blue tiles.
 */
public final class LogoColours {
    /**
     * The dark tile the previews show a logo on, and that the "invisible on dark" warning measures against: one colour
     * for both, so what the warning says is what the designer sees.
     */
    public static final int DARK_TILE = 0x1B1F27;
    static final String DARK_TILE_HEX = "#1B1F27";

    /** Share of the visible (alpha-weighted) logo that must be of one kind to call the logo "that colour". */
    static final double MOSTLY = 0.90;

    enum Kind { WHITE, BLACK, BLUE }

    private LogoColours() {
    }

    /** The kind that makes up at least 90 % of the visible logo, or null. */
    static Kind dominant(int[] argb) {
        for (Kind kind : Kind.values()) {
            if (share(argb, p -> kindOf(p) == kind) >= MOSTLY) {
                return kind;
            }
        }
        return null;
    }

    private static Kind kindOf(int p) {
        int r = (p >> 16) & 0xFF;
        int g = (p >> 8) & 0xFF;
        int b = p & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        if (min >= 225 && max - min <= 20) {
            return Kind.WHITE;
        } else if (max <= 45) {
            return Kind.BLACK;
        }
        return isBlue(r, g, b, max, min) ? Kind.BLUE : null;
    }

    /**
     * The share of the visible (alpha-weighted) logo whose contrast with {@link #DARK_TILE} is below {@code ratio}
     * (the WCAG contrast ratio of relative luminances), 0..1; 0 for an empty image.
     */
    static double shareVanishingOnDark(int[] argb, double ratio) {
        double tile = luminance(DARK_TILE);
        return share(argb, p -> {
            double l = luminance(p);
            return (Math.max(l, tile) + 0.05) / (Math.min(l, tile) + 0.05) < ratio;
        });
    }

    /** The share of the visible logo, each pixel weighted by its opacity, that {@code matches}; 0 when none is visible. */
    private static double share(int[] argb, IntPredicate matches) {
        double visible = 0;
        double matching = 0;
        for (int p : argb) {
            int a = p >>> 24;
            if (a != 0) {
                visible += a;
                matching += matches.test(p) ? a : 0;
            }
        }
        return visible == 0 ? 0 : matching / visible;
    }

    /** WCAG relative luminance of an sRGB colour. */
    private static double luminance(int rgb) {
        return 0.2126 * SrgbTransfer.toLinear((rgb >> 16) & 0xFF) + 0.7152 * SrgbTransfer.toLinear((rgb >> 8) & 0xFF)
                + 0.0722 * SrgbTransfer.toLinear(rgb & 0xFF);
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
