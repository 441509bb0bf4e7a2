package io.offerkit.imaging.render;

import io.offerkit.profile.ImageSlot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-English guidance warnings for one rendered slot, each with its level. */
public final class SlotWarnings {
    /** Scaling up by less than this is invisible; warning about it would be noise. */
    static final double UPSCALE_TOLERANCE = 1.01;
    static final double STRETCH_TOLERANCE = 0.01;
    /** Below this contrast against the dark tile (WCAG ratio) a pixel is as good as gone: dark grey on near-black. */
    static final double DARK_CONTRAST = 1.5;
    /** Share of the visible logo that must vanish on dark before it is worth a warning: most of the mark. */
    static final double MOSTLY_VANISHES = 0.5;
    /** Share of the visible logo that Cover may cut away before it is worth a warning: an edge, not a word. */
    static final double CROP_TOLERANCE = 0.10;

    private final List<Finding> warnings = new ArrayList<>();

    public List<Finding> list() {
        return warnings;
    }

    public void add(Level level, Finding.Kind kind, String warning) {
        warnings.add(new Finding(level, warning, kind));
    }

    public void checkUpscaled(double scaleX, double scaleY, int sourceW, int sourceH, ImageSlot slot) {
        if (Math.max(scaleX, scaleY) > UPSCALE_TOLERANCE) {
            add(Level.WARNING, Finding.Kind.UPSCALED,
                    "Upscaled: the source (" + sourceW + "x" + sourceH + " px of logo) is smaller than this "
                    + slot.sizeText() + " slot, it will look blurry. Use a larger source.");
        }
    }

    public void checkStretched(double scaleX, double scaleY, ImageSlot slot) {
        if (Math.abs(scaleX / scaleY - 1.0) > STRETCH_TOLERANCE) {
            add(Level.WARNING, Finding.Kind.STRETCHED, "Stretched: the logo is distorted to fill " + slot.sizeText()
                    + "; the marketplace asks for logos that keep their proportions.");
        }
    }

    public void checkBackground(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.min(r, Math.min(g, b)) >= 0xF5) {
            add(Level.WARNING, Finding.Kind.WHITE_BACKGROUND,
                    "White background: the marketplace shows logos on white, so a white background makes the"
                    + " logo's edges vanish; use a brand colour or transparency.");
        } else if (Math.max(r, Math.max(g, b)) <= 0x0A) {
            add(Level.WARNING, Finding.Kind.BLACK_BACKGROUND,
                    "Black background: the marketplace guidance advises against a black logo background;"
                    + " use a brand colour or transparency.");
        }
    }

    /**
     * Cover fills the slot and cuts away what does not fit: a wide wordmark in a square slot loses its ends.
     *
     * @param lostShare the share of the source's visible (alpha-weighted) pixels outside the slot's view, 0..1
     */
    public void checkCropped(double lostShare) {
        if (lostShare > CROP_TOLERANCE) {
            add(Level.WARNING, Finding.Kind.CROPPED_BY_COVER,
                    "Cropped by Cover: " + percent(lostShare) + " of the logo's visible pixels fall outside"
                    + " this slot, so part of it (a wordmark's ends) is cut away. Use Contain, or move the focus point.");
        }
    }

    public void checkPixels(int[] argb, boolean transparentBackground) {
        if (!transparentBackground) {
            return;
        }
        boolean empty = true;
        for (int p : argb) {
            if ((p >>> 24) != 0) {
                empty = false;
                break;
            }
        }
        if (empty) {
            add(Level.ERROR, Finding.Kind.EMPTY, "The slot is empty: every pixel is transparent.");
            return;
        }
        LogoColours.Kind kind = LogoColours.dominant(argb);
        if (kind != null) {
            String colour = kind.name().toLowerCase(Locale.ROOT);
            add(Level.WARNING, Finding.Kind.SINGLE_COLOUR_ON_TRANSPARENT,
                    "The logo is almost all " + colour + " on a transparent background; the marketplace says"
                    + " that on a transparent background the logo must not be white, black or blue. Choose a"
                    + " background colour or a different logo.");
        }
        double vanishing = LogoColours.shareVanishingOnDark(argb, DARK_CONTRAST);
        if (vanishing >= MOSTLY_VANISHES) {
            add(Level.WARNING, Finding.Kind.INVISIBLE_ON_DARK,
                    "Invisible on dark: " + percent(vanishing) + " of the logo is so dark that it has"
                    + " almost no contrast (under " + DARK_CONTRAST + ":1) with a dark tile ("
                    + LogoColours.DARK_TILE_HEX + "), where it vanishes. Add a light outline or choose a background"
                    + " colour.");
        }
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
