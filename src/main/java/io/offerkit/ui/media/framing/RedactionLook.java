package io.offerkit.ui.media.framing;

import io.offerkit.imaging.render.Redactions;
import io.offerkit.project.Redaction;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;

/**
 * How a redaction looks over the capture: opaque, as in the published PNG, so the user sees exactly what is hidden.
 * A fill is the renderer's own colour; a pixelation is hatched (its blocks come from the full capture at export, so
 * they are not imitated here), which also tells the two styles apart at a glance.
 */
final class RedactionLook {
    static final Paint FILL = Color.rgb(Redactions.FILL >> 16 & 0xFF, Redactions.FILL >> 8 & 0xFF, Redactions.FILL & 0xFF);
    private static final int TILE = 8;
    private static final Paint HATCH = hatch();

    private RedactionLook() {
    }

    static Rectangle shape(Redaction r, CaptureMapping m, boolean selected) {
        Rectangle shape = new Rectangle(m.toViewX(r.x()), m.toViewY(r.y()), m.toView(r.width()), m.toView(r.height()));
        shape.getStyleClass().addAll("redaction", r.style() == Redaction.Style.FILL ? "redaction-fill" : "redaction-pixelate");
        if (selected) {
            shape.getStyleClass().add("redaction-selected");
        }
        shape.setFill(r.style() == Redaction.Style.FILL ? FILL : HATCH);
        return shape;
    }

    /** Diagonal stripes of two greys, opaque. */
    private static Paint hatch() {
        WritableImage tile = new WritableImage(TILE, TILE);
        PixelWriter w = tile.getPixelWriter();
        for (int y = 0; y < TILE; y++) {
            for (int x = 0; x < TILE; x++) {
                w.setArgb(x, y, (x + y) % TILE < TILE / 2 ? 0xFF5B6270 : 0xFF9AA1AD);
            }
        }
        return new ImagePattern(tile, 0, 0, TILE, TILE, false);
    }
}
