package io.offerkit.imaging.decode;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import io.offerkit.common.ByteSizes;
import io.offerkit.common.CancelledException;
import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.Pixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.imaging.source.VectorSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An SVG logo: loaded by JSVG with every external reference refused (no file or network loads; only data: URIs),
 * without DTDs or entities (Illustrator's plain text entities are expanded first by {@link SvgEntities}), within JSVG's nesting limits and {@link SvgComplexity}'s bound on expanded shapes;
 * kept as a {@link VectorSource} so each slot is drawn at its exact size, with a 1024 px rasterisation as its
 * pixels for previews, trimming and facts. JSVG cannot be stopped midway: a cancel is seen between the stages
 * (checks, parsing, rasterising).
 */
public final class SvgSource {
    /** Longer side of the preview rasterisation: fine enough that trimming is exact to a thousandth of the logo. */
    public static final int PREVIEW_SIDE = 1024;

    private static final LoaderContext SAFE = LoaderContext.builder()
            .externalResourcePolicy(ResourcePolicy.DENY_EXTERNAL)
            .documentLimits(DocumentLimits.DEFAULT)
            .build();

    static {
        // JSVG logs every refused reference and parse error; the user gets our message instead.
        Logger.getLogger("com.github.weisj.jsvg").setLevel(Level.OFF);
    }

    private SvgSource() {
    }

    public static SourceImage read(byte[] file, String name, ProgressMonitor monitor)
            throws ImagingException, CancelledException {
        byte[] data = file;
        if (file.length > Gzip.MAX_INFLATED) {
            throw new ImagingException(name + " is an SVG larger than " + ByteSizes.wholeMegabytes(Gzip.MAX_INFLATED)
                    + "; a logo is far smaller, so OfferKit does"
                    + " not open it.");
        }
        if (Gzip.isGzip(file)) {
            try {
                data = Gzip.inflate(file, Gzip.MAX_INFLATED, true);
            } catch (IOException e) {
                throw new ImagingException(name + " is a damaged compressed SVG (" + e.getMessage() + ").", e);
            }
        }
        String text = new String(data, StandardCharsets.UTF_8);
        String expanded = SvgEntities.expand(text, name);
        if (expanded != text) { // only a document with entities is re-encoded (drawing programs write those in UTF-8)
            data = expanded.getBytes(StandardCharsets.UTF_8);
        }
        SvgComplexity.check(data, name);
        monitor.checkCancelled();
        monitor.progress(0.2);
        SVGDocument document;
        try {
            document = new SVGLoader().load(new ByteArrayInputStream(data), null, SAFE);
        } catch (RuntimeException e) {
            throw new ImagingException(name + " is not a valid SVG (" + e.getMessage() + ").", e);
        }
        if (document == null) {
            throw new ImagingException(name + " is not a valid SVG: its XML cannot be parsed, or it nests elements"
                    + " deeper than OfferKit allows.");
        }
        FloatSize size = document.size();
        double width = size.getWidth();
        double height = size.getHeight();
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new ImagingException(name + " has no usable size (width " + width + ", height " + height
                    + "); give its svg element a viewBox.");
        }
        monitor.checkCancelled();
        monitor.progress(0.5);
        SvgVectorSource vector = new SvgVectorSource(document, width, height);
        BufferedImage preview = vector.rasterize(PREVIEW_SIDE);
        monitor.checkCancelled();
        int[] argb = ArgbPixels.of(preview);
        ImageFacts facts = new ImageFacts("SVG", intrinsic(width), intrinsic(height), "vector", 0, true,
                Pixels.alphaUsed(argb), null, file.length);
        monitor.progress(1);
        return new SourceImage(preview, facts, vector);
    }

    private static int intrinsic(double size) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(size)));
    }
}
