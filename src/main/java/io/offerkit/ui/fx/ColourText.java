package io.offerkit.ui.fx;

import io.offerkit.project.SlotBackground;
import javafx.scene.paint.Color;

/** A colour picker's colour as the project writes a background: "#RRGGBB" (an opaque sRGB colour). */
public final class ColourText {
    private ColourText() {
    }

    public static String hex(Color c) {
        int rgb = (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
        return SlotBackground.colour(rgb).toString();
    }
}
