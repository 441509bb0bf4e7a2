package io.offerkit.ui.fx;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * One slot's pixels at 1:1 or magnified by whole numbers, every exported pixel a crisp square of zoom x zoom screen
 * pixels, with a pixel grid from 4x on, where single pixels are worth counting.
 *
 * <p>The magnified picture is made here, pixel by pixel, and shown unscaled: an {@code ImageView} asked to scale
 * with {@code smooth=false} still blurs under some pipelines (the software one among them), which would hide
 * exactly what the zoom is for. The grid is drawn into the same picture on the first screen row and column of
 * each exported pixel, so it always sits on the edge between two of them and never on one's inside.
 */
public final class PixelPreview extends StackPane {
    public static final int GRID_FROM_ZOOM = 4;
    /** Mid-grey at low opacity reads on light, dark and transparent pixels alike. */
    private static final int GRID_GREY = 128;
    private static final double GRID_ALPHA = 0.35;

    private final ImageView imageView = new ImageView();
    private final int slotWidth;
    private final int slotHeight;
    private Image exported;
    private int zoom = 1;

    public PixelPreview(int slotWidth, int slotHeight) {
        this.slotWidth = slotWidth;
        this.slotHeight = slotHeight;
        imageView.setSmooth(false);
        imageView.setPreserveRatio(false);
        imageView.getStyleClass().add("logo-image");
        getChildren().add(imageView);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        zoom(1);
    }

    public boolean gridShown() {
        return zoom >= GRID_FROM_ZOOM;
    }

    public void setImage(Image image) {
        exported = image;
        show();
    }

    public void zoom(int factor) {
        zoom = factor;
        show();
    }

    public int zoomFactor() {
        return zoom;
    }

    private void show() {
        int w = slotWidth * zoom;
        int h = slotHeight * zoom;
        // The fit is the picture's own size: the view never scales (at 1:1, the exported image itself).
        imageView.setFitWidth(w);
        imageView.setFitHeight(h);
        setPrefSize(w, h);
        setMinSize(w, h);
        imageView.setImage(exported == null || zoom == 1 ? exported : magnified(exported, zoom, gridShown()));
    }

    /** Each pixel of {@code image} as a zoom x zoom square, with the grid blended over the squares' edges. */
    static WritableImage magnified(Image image, int zoom, boolean grid) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] source = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), source, 0, w);
        int outW = w * zoom;
        int[] out = new int[outW * h * zoom];
        for (int y = 0; y < h * zoom; y++) {
            int row = (y / zoom) * w;
            boolean edgeRow = grid && y % zoom == 0 && y > 0;
            for (int x = 0; x < outW; x++) {
                int p = source[row + x / zoom];
                boolean edge = edgeRow || grid && x % zoom == 0 && x > 0;
                out[y * outW + x] = edge ? underGrid(p) : p;
            }
        }
        WritableImage result = new WritableImage(outW, h * zoom);
        result.getPixelWriter().setPixels(0, 0, outW, h * zoom, PixelFormat.getIntArgbInstance(), out, 0, outW);
        return result;
    }

    /** The grid's grey laid over one pixel ("over" compositing, straight alpha). */
    private static int underGrid(int argb) {
        double a = (argb >>> 24) / 255.0;
        double outA = GRID_ALPHA + a * (1 - GRID_ALPHA);
        int result = (int) Math.round(outA * 255) << 24;
        for (int shift = 0; shift <= 16; shift += 8) {
            double c = ((argb >> shift) & 0xFF) * a * (1 - GRID_ALPHA) + GRID_GREY * GRID_ALPHA;
            result |= (int) Math.round(c / outA) << shift;
        }
        return result;
    }
}
