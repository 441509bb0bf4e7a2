package io.offerkit.imaging.decode;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.ViewBox;
import io.offerkit.imaging.source.VectorSource;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** An SVG document loaded by {@link SvgSource}, drawn by JSVG at whatever transform a slot needs. */
final class SvgVectorSource implements VectorSource {
    private final SVGDocument document;
    private final double width;
    private final double height;

    SvgVectorSource(SVGDocument document, double width, double height) {
        this.document = document;
        this.width = width;
        this.height = height;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** Synchronized: a live preview and an export may draw the same source at once, and JSVG's tree is shared. */
    @Override
    public synchronized BufferedImage render(int canvasWidth, int canvasHeight, AffineTransform toCanvas) {
        BufferedImage canvas = new BufferedImage(canvasWidth, canvasHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // Pure strokes: geometry exactly where the file puts it, not nudged to pixel centres.
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.setClip(0, 0, canvasWidth, canvasHeight);
            g.transform(toCanvas);
            document.render((Component) null, g, new ViewBox(0, 0, (float) width, (float) height));
        } finally {
            g.dispose();
        }
        return canvas;
    }
}
