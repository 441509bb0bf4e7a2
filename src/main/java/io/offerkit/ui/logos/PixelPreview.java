package io.offerkit.ui.logos;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * One slot's pixels at 1:1 or magnified by whole numbers with nearest-neighbour sampling (every source pixel a
 * crisp square), with a pixel grid from 4x on, where single pixels are worth counting.
 */
final class PixelPreview extends StackPane {
    static final int GRID_FROM_ZOOM = 4;

    private final ImageView imageView = new ImageView();
    private final Canvas grid = new Canvas();
    private final int slotWidth;
    private final int slotHeight;
    private int zoom = 1;

    PixelPreview(int slotWidth, int slotHeight) {
        this.slotWidth = slotWidth;
        this.slotHeight = slotHeight;
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        imageView.getStyleClass().add("logo-image");
        grid.setMouseTransparent(true);
        grid.getStyleClass().add("pixel-grid");
        getChildren().addAll(imageView, grid);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        zoom(1);
    }

    ImageView imageView() {
        return imageView;
    }

    boolean gridShown() {
        return grid.isVisible();
    }

    void setImage(Image image) {
        imageView.setImage(image);
    }

    void zoom(int factor) {
        zoom = factor;
        int w = slotWidth * factor;
        int h = slotHeight * factor;
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        boolean showGrid = factor >= GRID_FROM_ZOOM;
        grid.setVisible(showGrid);
        grid.setWidth(showGrid ? w : 0);
        grid.setHeight(showGrid ? h : 0);
        if (showGrid) {
            drawGrid(w, h);
        }
    }

    int zoomFactor() {
        return zoom;
    }

    private void drawGrid(int w, int h) {
        GraphicsContext g = grid.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        // Mid-grey at low opacity reads on light, dark and transparent pixels alike.
        g.setStroke(Color.rgb(128, 128, 128, 0.35));
        g.setLineWidth(1);
        for (int x = zoom; x < w; x += zoom) {
            g.strokeLine(x + 0.5, 0, x + 0.5, h);
        }
        for (int y = zoom; y < h; y += zoom) {
            g.strokeLine(0, y + 0.5, w, y + 0.5);
        }
    }
}
