package io.offerkit.imaging.colour;

/** Turns premultiplied linear-light floats back into non-premultiplied sRGB ARGB, optionally over a solid colour. */
public final class LinearToArgb {
    private LinearToArgb() {
    }

    /**
     * @param background an opaque 0xRRGGBB colour composited underneath (in linear light), or null to keep
     *                   transparency
     */
    public static int[] convert(float[] premultiplied, int pixels, Integer background) {
        int[] argb = new int[pixels];
        float bgR = 0;
        float bgG = 0;
        float bgB = 0;
        if (background != null) {
            bgR = SrgbTransfer.toLinear((background >> 16) & 0xFF);
            bgG = SrgbTransfer.toLinear((background >> 8) & 0xFF);
            bgB = SrgbTransfer.toLinear(background & 0xFF);
        }
        for (int i = 0, s = 0; i < pixels; i++, s += 4) {
            float r = premultiplied[s];
            float g = premultiplied[s + 1];
            float b = premultiplied[s + 2];
            float a = premultiplied[s + 3];
            if (background != null) {
                float rest = 1f - a;
                argb[i] = 0xFF000000
                        | SrgbTransfer.toSrgb(r + bgR * rest) << 16
                        | SrgbTransfer.toSrgb(g + bgG * rest) << 8
                        | SrgbTransfer.toSrgb(b + bgB * rest);
                continue;
            }
            int alpha = Math.round(a * 255f);
            if (alpha <= 0) {
                argb[i] = 0; // one canonical fully transparent pixel: no hidden colour, smaller PNGs
                continue;
            }
            float inv = 1f / a;
            argb[i] = alpha << 24
                    | SrgbTransfer.toSrgb(r * inv) << 16
                    | SrgbTransfer.toSrgb(g * inv) << 8
                    | SrgbTransfer.toSrgb(b * inv);
        }
        return argb;
    }
}
