package io.offerkit.imaging.render;

import io.offerkit.profile.ImageSlot;
import java.util.ArrayList;
import java.util.List;

/** The plain-English guidance warnings for one rendered slot. */
public final class SlotWarnings {
    /** Scaling up by less than this is invisible; warning about it would be noise. */
    static final double UPSCALE_TOLERANCE = 1.01;
    static final double STRETCH_TOLERANCE = 0.01;

    private final List<String> warnings = new ArrayList<>();

    public List<String> list() {
        return warnings;
    }

    public void add(String warning) {
        warnings.add(warning);
    }

    public void checkUpscaled(double scaleX, double scaleY, int sourceW, int sourceH, ImageSlot slot) {
        if (Math.max(scaleX, scaleY) > UPSCALE_TOLERANCE) {
            warnings.add("Upscaled: the source (" + sourceW + "x" + sourceH + " px of logo) is smaller than this "
                    + slot.sizeText() + " slot, it will look blurry. Use a larger source.");
        }
    }

    public void checkStretched(double scaleX, double scaleY, ImageSlot slot) {
        if (Math.abs(scaleX / scaleY - 1.0) > STRETCH_TOLERANCE) {
            warnings.add("Stretched: the logo is distorted to fill " + slot.sizeText()
                    + "; the marketplace asks for logos that keep their proportions.");
        }
    }

    public void checkBackground(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (Math.min(r, Math.min(g, b)) >= 0xF5) {
            warnings.add("White background: the marketplace shows logos on white, so a white background makes the"
                    + " logo's edges vanish; use a brand colour or transparency.");
        } else if (Math.max(r, Math.max(g, b)) <= 0x0A) {
            warnings.add("Black background: the marketplace guidance advises against a black logo background;"
                    + " use a brand colour or transparency.");
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
            warnings.add("The slot is empty: every pixel is transparent.");
            return;
        }
        LogoColours.Kind kind = LogoColours.dominant(argb);
        if (kind != null) {
            String colour = kind.name().toLowerCase(java.util.Locale.ROOT);
            warnings.add("The logo is almost all " + colour + " on a transparent background; the marketplace says"
                    + " that on a transparent background the logo must not be white, black or blue. Choose a"
                    + " background colour or a different logo.");
        }
    }
}
