package io.offerkit.ui.logos;

import io.offerkit.imaging.render.LogoColours;
import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** Paints a preview's backdrop for each {@link PreviewBackground}. */
final class PreviewBackgrounds {
    private static final CornerRadii RADII = new CornerRadii(6);
    private static final Color LIGHT = Color.web("#ffffff");
    /** The core's dark tile: the one "invisible on dark" measures against. */
    private static final Color DARK = Color.rgb((LogoColours.DARK_TILE >> 16) & 0xFF, (LogoColours.DARK_TILE >> 8) & 0xFF,
            LogoColours.DARK_TILE & 0xFF);
    private static final Color EDGE = Color.web("#e1e4ea");
    /** The store shows logos on a white tile with a hairline grey border and some room around them. */
    private static final Color TILE_BORDER = Color.web("#d6d6d6");

    private PreviewBackgrounds() {
    }

    static void apply(Region region, PreviewBackground kind) {
        switch (kind) {
            case CHECKERBOARD -> paint(region, Checkerboard.background(), EDGE, 12);
            case LIGHT -> paint(region, fill(LIGHT), EDGE, 12);
            case DARK -> paint(region, fill(DARK), DARK, 12);
            case MARKETPLACE_TILE -> paint(region, new Background(new BackgroundFill(LIGHT, CornerRadii.EMPTY, null)),
                    TILE_BORDER, 20);
        }
    }

    private static Background fill(Color colour) {
        return new Background(new BackgroundFill(colour, RADII, null));
    }

    private static void paint(Region region, Background background, Color border, double padding) {
        region.setBackground(background);
        CornerRadii radii = background.getFills().get(0).getRadii();
        region.setBorder(new Border(new BorderStroke(border, BorderStrokeStyle.SOLID, radii, BorderWidths.DEFAULT)));
        region.setPadding(new Insets(padding));
    }
}
