package io.offerkit.imaging.png;

/**
 * PNG row filters. Two strategies are worth trying: no filtering (usually best for palettes and low bit depths)
 * and the adaptive choice per row of the filter whose output has the smallest sum of absolute values (the
 * heuristic the PNG specification recommends for true colour).
 */
final class PngFilters {
    private PngFilters() {
    }

    /** The image data stream before compression: each row prefixed with its filter type. */
    static byte[] apply(byte[][] rows, int stride, boolean adaptive) {
        int rowBytes = rows.length == 0 ? 0 : rows[0].length;
        byte[] out = new byte[rows.length * (rowBytes + 1)];
        byte[] zero = new byte[rowBytes];
        byte[][] candidates = new byte[5][rowBytes];
        int o = 0;
        for (int y = 0; y < rows.length; y++) {
            byte[] prev = y == 0 ? zero : rows[y - 1];
            byte[] row = rows[y];
            int best = 0;
            if (adaptive) {
                long bestSum = Long.MAX_VALUE;
                for (int type = 0; type < 5; type++) {
                    long sum = filter(type, row, prev, stride, candidates[type]);
                    if (sum < bestSum) {
                        bestSum = sum;
                        best = type;
                    }
                }
            } else {
                filter(0, row, prev, stride, candidates[0]);
            }
            out[o++] = (byte) best;
            System.arraycopy(candidates[best], 0, out, o, rowBytes);
            o += rowBytes;
        }
        return out;
    }

    /**
     * Filters one row into {@code out}; returns the sum of the absolute (signed byte) values. One loop per type, as
     * {@link #unfilter}: a type switch and a {@link #paeth} call per byte made the five trials of a 1280x720
     * screenshot's rows cost 50-80 ms in a short run's C1 code.
     */
    static long filter(int type, byte[] row, byte[] prev, int stride, byte[] out) {
        int n = row.length;
        int first = Math.min(stride, n);
        long sum = 0;
        switch (type) {
            case 0 -> {
                for (int i = 0; i < n; i++) {
                    byte v = row[i];
                    out[i] = v;
                    sum += Math.abs(v);
                }
            }
            case 1 -> {
                for (int i = 0; i < first; i++) {
                    byte v = row[i];
                    out[i] = v;
                    sum += Math.abs(v);
                }
                for (int i = first; i < n; i++) {
                    byte v = (byte) (row[i] - row[i - stride]);
                    out[i] = v;
                    sum += Math.abs(v);
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    byte v = (byte) (row[i] - prev[i]);
                    out[i] = v;
                    sum += Math.abs(v);
                }
            }
            case 3 -> {
                for (int i = 0; i < first; i++) {
                    byte v = (byte) (row[i] - ((prev[i] & 0xFF) >>> 1));
                    out[i] = v;
                    sum += Math.abs(v);
                }
                for (int i = first; i < n; i++) {
                    byte v = (byte) (row[i] - (((row[i - stride] & 0xFF) + (prev[i] & 0xFF)) >>> 1));
                    out[i] = v;
                    sum += Math.abs(v);
                }
            }
            default -> {
                for (int i = 0; i < first; i++) { // no left neighbours: Paeth predicts the byte above
                    byte v = (byte) (row[i] - prev[i]);
                    out[i] = v;
                    sum += Math.abs(v);
                }
                for (int i = first; i < n; i++) {
                    int a = row[i - stride] & 0xFF;
                    int b = prev[i] & 0xFF;
                    int c = prev[i - stride] & 0xFF;
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    byte v = (byte) (row[i] - (pa <= pb && pa <= pc ? a : pb <= pc ? b : c));
                    out[i] = v;
                    sum += Math.abs(v);
                }
            }
        }
        return sum;
    }

    /**
     * Undoes filter {@code type} (0-4) of the row at {@code cur} in place; {@code prev} is the previous row's start,
     * or -1 for the first row (whose previous row counts as zeros). One loop per type: a short run's code is C1's,
     * where a type switch and a {@link #paeth} call per byte are what costs.
     */
    static void unfilter(byte[] raw, int cur, int prev, int rowBytes, int bpp, int type) {
        int first = Math.min(bpp, rowBytes);
        switch (type) {
            case 1 -> {
                for (int i = cur + first, end = cur + rowBytes; i < end; i++) {
                    raw[i] += raw[i - bpp];
                }
            }
            case 2 -> {
                if (prev >= 0) {
                    for (int i = 0; i < rowBytes; i++) {
                        raw[cur + i] += raw[prev + i];
                    }
                }
            }
            case 3 -> {
                if (prev < 0) { // the row above counts as zeros: half the left neighbour
                    for (int i = cur + first, end = cur + rowBytes; i < end; i++) {
                        raw[i] += (byte) ((raw[i - bpp] & 0xFF) >>> 1);
                    }
                    return;
                }
                for (int i = 0; i < first; i++) { // no left neighbour: half the byte above
                    raw[cur + i] += (byte) ((raw[prev + i] & 0xFF) >>> 1);
                }
                for (int i = first; i < rowBytes; i++) {
                    raw[cur + i] += (byte) (((raw[cur + i - bpp] & 0xFF) + (raw[prev + i] & 0xFF)) >>> 1);
                }
            }
            case 4 -> {
                if (prev < 0) { // above and above-left are zeros: Paeth predicts the left neighbour, as Sub
                    unfilter(raw, cur, prev, rowBytes, bpp, 1);
                    return;
                }
                for (int i = 0; i < first; i++) { // no left neighbour: Paeth predicts the one above
                    raw[cur + i] += raw[prev + i];
                }
                for (int i = first; i < rowBytes; i++) {
                    int a = raw[cur + i - bpp] & 0xFF;
                    int b = raw[prev + i] & 0xFF;
                    int c = raw[prev + i - bpp] & 0xFF;
                    int p = a + b - c;
                    int pa = Math.abs(p - a);
                    int pb = Math.abs(p - b);
                    int pc = Math.abs(p - c);
                    raw[cur + i] += (byte) (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }
            }
            default -> {
            }
        }
    }

    static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
