package io.offerkit.ui.logos;

import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/** The grey-and-white pattern behind logo previews, so transparent pixels read as transparent. */
final class Checkerboard {
    private static final int CELL = 8;

    private Checkerboard() {
    }

    static Background background() {
        WritableImage tile = new WritableImage(CELL * 2, CELL * 2);
        Color light = Color.web("#ffffff");
        Color dark = Color.web("#e6e8ec");
        for (int y = 0; y < CELL * 2; y++) {
            for (int x = 0; x < CELL * 2; x++) {
                tile.getPixelWriter().setColor(x, y, ((x / CELL) + (y / CELL)) % 2 == 0 ? light : dark);
            }
        }
        ImagePattern pattern = new ImagePattern(tile, 0, 0, CELL * 2, CELL * 2, false);
        return new Background(new BackgroundFill(pattern, new CornerRadii(6), null));
    }
}
