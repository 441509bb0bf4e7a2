package io.offerkit.imaging.png;

import java.util.HashMap;
import java.util.Map;

/** Packs ARGB pixels into unfiltered PNG scanlines for a layout (sub-byte depths packed most significant first). */
final class PngScanlines {
    private PngScanlines() {
    }

    /** {@code height} rows of {@code layout.rowBytes(width)} bytes each, without filter-type bytes. */
    static byte[][] pack(int[] argb, int width, int height, PngLayout layout) {
        int rowBytes = layout.rowBytes(width);
        byte[][] rows = new byte[height][rowBytes];
        Map<Integer, Integer> index = null;
        if (layout.colourType() == PngColourType.PALETTE) {
            index = new HashMap<>();
            for (int i = 0; i < layout.palette().length; i++) {
                index.put(layout.palette()[i], i);
            }
        }
        for (int y = 0; y < height; y++) {
            byte[] row = rows[y];
            int base = y * width;
            switch (layout.colourType()) {
                case GREY -> {
                    for (int x = 0; x < width; x++) {
                        int p = argb[base + x];
                        int level = (p >>> 24) == 0 ? layout.transparent() & 0xFF : p & 0xFF;
                        putSample(row, x, layout.bitDepth(), level * ((1 << layout.bitDepth()) - 1) / 255);
                    }
                }
                case PALETTE -> {
                    for (int x = 0; x < width; x++) {
                        putSample(row, x, layout.bitDepth(), index.get(argb[base + x]));
                    }
                }
                case GREY_ALPHA -> {
                    for (int x = 0, o = 0; x < width; x++) {
                        int p = argb[base + x];
                        row[o++] = (byte) p;
                        row[o++] = (byte) (p >>> 24);
                    }
                }
                case RGB -> {
                    for (int x = 0, o = 0; x < width; x++) {
                        int p = argb[base + x];
                        if ((p >>> 24) == 0) {
                            p = layout.transparent();
                        }
                        row[o++] = (byte) (p >> 16);
                        row[o++] = (byte) (p >> 8);
                        row[o++] = (byte) p;
                    }
                }
                default -> {
                    for (int x = 0, o = 0; x < width; x++) {
                        int p = argb[base + x];
                        row[o++] = (byte) (p >> 16);
                        row[o++] = (byte) (p >> 8);
                        row[o++] = (byte) p;
                        row[o++] = (byte) (p >>> 24);
                    }
                }
            }
        }
        return rows;
    }

    private static void putSample(byte[] row, int x, int depth, int value) {
        if (depth == 8) {
            row[x] = (byte) value;
            return;
        }
        int perByte = 8 / depth;
        int shift = 8 - depth * (x % perByte + 1);
        row[x / perByte] |= (byte) (value << shift);
    }
}
