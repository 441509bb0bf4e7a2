package io.offerkit.imaging.png;

import io.offerkit.imaging.source.ArgbPixels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes slot pixels as the smallest 8-bit-or-less PNG we can make without loss: the most compact colour type the
 * pixels allow (grey, palette with tRNS, RGB, RGBA), each tried with no filtering and with adaptive filtering at
 * deflate level 9 (default and "filtered" strategies), keeping the smallest; a large image gets the usual winner
 * only, and a large opaque one (a screenshot) zlib's default level. Chunks: IHDR, sRGB (the pixels are
 * sRGB; saying so stops viewers guessing), PLTE and tRNS when needed, one IDAT, IEND. Nothing else.
 */
public final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    /** Above this many pixels only the most promising trial is run: exhaustive trials would take seconds. */
    private static final int EXHAUSTIVE_LIMIT = 1 << 20;
    /**
     * Above this many pixels an opaque image gets the most promising trial only. Opaque and that large means a
     * screenshot or a photo, not the flat art the other trials pay off for: a 1280x720 screenshot's four trials took
     * 350-550 ms of a capture's ~1.3 s and gave the same bytes as the usual winner alone (docs/performance.md,
     * "Screenshots"). Logo slots (at most 300x300) stay under it; icons and logo masters (up to 1024x1024) have
     * transparency and keep every trial, byte for byte as before.
     */
    private static final int OPAQUE_EXHAUSTIVE_LIMIT = 1 << 19;
    /**
     * The deflate level of such a large opaque image: zlib's default instead of 9. On the twelve 1280x720 screenshots
     * of bench/screenshots.py's captures, 0.8 % larger (3,642,506 against 3,614,058 bytes) for a third of the time
     * (35 against 110 ms each); level 5 was 1.4 % larger at 26 ms, level 1 3.8 % at 11 ms. Everything else keeps 9.
     */
    private static final int LARGE_OPAQUE_LEVEL = 6;

    private PngEncoder() {
    }

    public static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = ArgbPixels.of(image);
        boolean opaque = opaque(argb);
        boolean exhaustive = exhaustive(width, height, opaque);
        int level = level(width, height, opaque);
        List<PngLayout> layouts = PngColourAnalysis.losslessLayouts(argb);
        if (!exhaustive) {
            layouts = layouts.subList(0, 1);
        }
        byte[] best = null;
        for (PngLayout layout : layouts) {
            byte[] candidate = encode(argb, width, height, layout, exhaustive, level);
            if (best == null || candidate.length < best.length) {
                best = candidate;
            }
        }
        return best;
    }

    /** Whether every layout, filter and strategy is tried, or only the usual winner (see the two limits). */
    static boolean exhaustive(int width, int height, boolean opaque) {
        long pixels = (long) width * height;
        return pixels <= (opaque ? OPAQUE_EXHAUSTIVE_LIMIT : EXHAUSTIVE_LIMIT);
    }

    /** The deflate level: 9, except for a large opaque image (a screenshot, see {@link #LARGE_OPAQUE_LEVEL}). */
    static int level(int width, int height, boolean opaque) {
        return opaque && !exhaustive(width, height, true) ? LARGE_OPAQUE_LEVEL : Deflater.BEST_COMPRESSION;
    }

    private static boolean opaque(int[] argb) {
        for (int pixel : argb) {
            if (pixel >>> 24 != 255) {
                return false;
            }
        }
        return true;
    }

    private static byte[] encode(int[] argb, int width, int height, PngLayout layout, boolean exhaustive,
                                 int level) {
        byte[][] rows = PngScanlines.pack(argb, width, height, layout);
        byte[] idat = null;
        boolean lowDepth = layout.colourType() == PngColourType.PALETTE || layout.bitDepth() < 8;
        for (boolean adaptive : new boolean[] {false, true}) {
            if (!exhaustive && adaptive == lowDepth) {
                continue; // the usual winner only: none for palettes, adaptive for the rest
            }
            byte[] filtered = PngFilters.apply(rows, layout.filterStride(), adaptive);
            for (int strategy : exhaustive
                    ? new int[] {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED}
                    : new int[] {Deflater.DEFAULT_STRATEGY}) {
                byte[] compressed = deflate(filtered, strategy, level);
                if (idat == null || compressed.length < idat.length) {
                    idat = compressed;
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + 1024);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ihdr(width, height, layout));
        chunk(out, "sRGB", new byte[] {0}); // rendering intent: perceptual
        if (layout.colourType() == PngColourType.PALETTE) {
            chunk(out, "PLTE", plte(layout.palette()));
            byte[] trns = paletteAlpha(layout.palette());
            if (trns.length > 0) {
                chunk(out, "tRNS", trns);
            }
        } else if (layout.transparent() >= 0) {
            chunk(out, "tRNS", keyColour(layout));
        }
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, int strategy, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setStrategy(strategy);
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] ihdr(int width, int height, PngLayout layout) {
        byte[] b = new byte[13];
        putInt(b, 0, width);
        putInt(b, 4, height);
        b[8] = (byte) layout.bitDepth();
        b[9] = (byte) layout.colourType().code();
        // b[10..12]: deflate, adaptive filtering, no interlace
        return b;
    }

    private static byte[] plte(int[] palette) {
        byte[] b = new byte[palette.length * 3];
        for (int i = 0; i < palette.length; i++) {
            b[i * 3] = (byte) (palette[i] >> 16);
            b[i * 3 + 1] = (byte) (palette[i] >> 8);
            b[i * 3 + 2] = (byte) palette[i];
        }
        return b;
    }

    /** Alpha of the palette entries up to the last translucent one (the palette sorts those first). */
    private static byte[] paletteAlpha(int[] palette) {
        int n = 0;
        for (int i = 0; i < palette.length; i++) {
            if ((palette[i] >>> 24) != 255) {
                n = i + 1;
            }
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (palette[i] >>> 24);
        }
        return b;
    }

    private static byte[] keyColour(PngLayout layout) {
        int key = layout.transparent();
        if (layout.colourType() == PngColourType.GREY) {
            int level = (key & 0xFF) * ((1 << layout.bitDepth()) - 1) / 255;
            return new byte[] {0, (byte) level};
        }
        return new byte[] {0, (byte) (key >> 16), 0, (byte) (key >> 8), 0, (byte) key};
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] header = new byte[8];
        putInt(header, 0, data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, header, 4, 4);
        out.write(header, 0, 8);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        byte[] c = new byte[4];
        putInt(c, 0, (int) crc.getValue());
        out.writeBytes(c);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
