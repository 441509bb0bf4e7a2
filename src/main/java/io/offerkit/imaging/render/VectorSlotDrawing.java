package io.offerkit.imaging.render;

import io.offerkit.imaging.colour.SrgbTransfer;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.VectorSource;
import java.awt.geom.AffineTransform;

/**
 * Draws a vector source straight into a slot at its placement, the vector counterpart of {@link LinearResampler}:
 * the same output (premultiplied linear RGBA) so backgrounds and warnings are shared, and the same exact coverage of
 * the placed rectangle, so fractional padding edges and trimmed margins look the same for both kinds of source.
 */
public final class VectorSlotDrawing {
    private VectorSlotDrawing() {
    }

    /**
     * @param mx how the vector's x units map onto the slot's columns
     * @return premultiplied linear RGBA, 4 floats per slot pixel; zero outside the placed rectangle
     */
    public static float[] render(VectorSource vector, AxisMapping mx, AxisMapping my, int slotW, int slotH) {
        AffineTransform toSlot = new AffineTransform(mx.scale(), 0, 0, my.scale(),
                mx.dstStart() - mx.srcStart() * mx.scale(), my.dstStart() - my.srcStart() * my.scale());
        int[] argb = ArgbPixels.of(vector.render(slotW, slotH, toSlot));
        float[] out = new float[slotW * slotH * 4];
        for (int y = 0; y < slotH; y++) {
            double covY = my.coverage(y);
            if (covY <= 0) {
                continue;
            }
            for (int x = 0; x < slotW; x++) {
                int p = argb[y * slotW + x];
                float a = (float) ((p >>> 24) / 255.0 * covY * mx.coverage(x));
                if (a <= 0f) {
                    continue;
                }
                int d = (y * slotW + x) * 4;
                out[d] = SrgbTransfer.toLinear((p >> 16) & 0xFF) * a;
                out[d + 1] = SrgbTransfer.toLinear((p >> 8) & 0xFF) * a;
                out[d + 2] = SrgbTransfer.toLinear(p & 0xFF) * a;
                out[d + 3] = a;
            }
        }
        return out;
    }
}
