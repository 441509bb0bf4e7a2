package io.offerkit.imaging.png;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at every pixel once and lists the PNG layouts that store them without loss, smallest kinds first: grey at
 * the lowest bit depth that holds every level, a palette at the lowest depth that holds every colour, then RGB, and
 * RGBA only when partial transparency needs it.
 */
final class PngColourAnalysis {
    private PngColourAnalysis() {
    }

    static List<PngLayout> losslessLayouts(int[] argb) {
        boolean opaque = true;
        boolean grey = true;
        boolean binaryAlpha = true; // every alpha is 0 or 255
        int transparentColour = -2; // -2 none seen yet, -1 several different hidden colours
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : argb) {
            int a = p >>> 24;
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            if (a != 255) {
                opaque = false;
                if (a != 0) {
                    binaryAlpha = false;
                } else if (transparentColour == -2) {
                    transparentColour = p & 0xFFFFFF;
                } else if (transparentColour != (p & 0xFFFFFF)) {
                    transparentColour = -1;
                }
            }
            if (r != g || g != b) {
                grey = false;
            }
            if (counts.size() <= 256) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        // A tRNS key only works when no opaque pixel has the key colour.
        int key = -1;
        if (!opaque && binaryAlpha && transparentColour >= 0 && !counts.containsKey(0xFF000000 | transparentColour)) {
            key = transparentColour;
        }
        boolean keyIsGrey = key >= 0 && ((key >> 16) & 0xFF) == (key & 0xFF) && ((key >> 8) & 0xFF) == (key & 0xFF);

        List<PngLayout> layouts = new ArrayList<>();
        if (grey && (opaque || (key >= 0 && keyIsGrey))) {
            layouts.add(new PngLayout(PngColourType.GREY, greyDepth(counts, opaque ? -1 : key & 0xFF), null,
                    opaque ? -1 : key));
        } else if (grey) {
            layouts.add(new PngLayout(PngColourType.GREY_ALPHA, 8, null, -1));
        }
        if (counts.size() <= 256) {
            int[] palette = palette(counts);
            int n = palette.length;
            int depth = n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
            layouts.add(new PngLayout(PngColourType.PALETTE, depth, palette, -1));
        }
        if (!grey || layouts.isEmpty()) {
            if (opaque) {
                layouts.add(new PngLayout(PngColourType.RGB, 8, null, -1));
            } else if (key >= 0) {
                layouts.add(new PngLayout(PngColourType.RGB, 8, null, key));
            } else {
                layouts.add(new PngLayout(PngColourType.RGBA, 8, null, -1));
            }
        }
        return layouts;
    }

    /** The smallest depth whose levels (multiples of 255 / (2^d - 1)) include every grey level used. */
    private static int greyDepth(Map<Integer, Integer> counts, int keyLevel) {
        if (counts.size() > 256) {
            return 8;
        }
        for (int depth : new int[] {1, 2, 4}) {
            int step = 255 / ((1 << depth) - 1);
            boolean fits = keyLevel < 0 || keyLevel % step == 0;
            for (int p : counts.keySet()) {
                if ((p >>> 24) == 255 && (p & 0xFF) % step != 0) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                return depth;
            }
        }
        return 8;
    }

    /** Translucent entries first, so the tRNS chunk can stop after the last of them; then the most used first. */
    private static int[] palette(Map<Integer, Integer> counts) {
        return counts.entrySet().stream()
                .sorted((x, y) -> {
                    boolean xo = (x.getKey() >>> 24) == 255;
                    boolean yo = (y.getKey() >>> 24) == 255;
                    if (xo != yo) {
                        return xo ? 1 : -1;
                    }
                    int byCount = Integer.compare(y.getValue(), x.getValue());
                    return byCount != 0 ? byCount : Integer.compareUnsigned(x.getKey(), y.getKey());
                })
                .mapToInt(Map.Entry::getKey)
                .toArray();
    }
}
