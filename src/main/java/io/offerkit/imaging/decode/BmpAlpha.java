package io.offerkit.imaging.decode;

/**
 * Straight alpha in 32-bit BMPs whose header does not declare an alpha channel (BI_RGB). The format says the fourth
 * byte is unused, so ImageIO ignores it; but icon tools and exporters store alpha there, and browsers use it when it
 * is not all zero. We do the same: an all-zero fourth byte means "no alpha", anything else is the alpha channel.
 */
final class BmpAlpha {
    private static final int BI_RGB = 0;

    private BmpAlpha() {
    }

    /**
     * Puts the fourth bytes into {@code argb} as alpha when the file is uncompressed 32-bit and some are non-zero.
     *
     * @return true when alpha was recovered
     */
    static boolean recover(byte[] d, int[] argb, int width, int height) {
        if (d.length < 54) {
            return false;
        }
        long pixelOffset = u32(d, 10);
        int headerSize = (int) u32(d, 14);
        int w = (int) u32(d, 18);
        int h = (int) u32(d, 22);
        int bits = (d[28] & 0xFF) | (d[29] & 0xFF) << 8;
        long compression = u32(d, 30);
        if (headerSize < 40 || bits != 32 || compression != BI_RGB || w != width || Math.abs(h) != height) {
            return false;
        }
        long rowBytes = 4L * width;
        if (pixelOffset + rowBytes * height > d.length) {
            return false;
        }
        boolean bottomUp = h > 0;
        boolean any = false;
        for (int y = 0; y < height && !any; y++) {
            int row = (int) (pixelOffset + rowBytes * y);
            for (int x = 0; x < width; x++) {
                if (d[row + 4 * x + 3] != 0) {
                    any = true;
                    break;
                }
            }
        }
        if (!any) {
            return false;
        }
        for (int y = 0; y < height; y++) {
            int row = (int) (pixelOffset + rowBytes * (bottomUp ? height - 1 - y : y));
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                argb[i] = (d[row + 4 * x + 3] & 0xFF) << 24 | (argb[i] & 0xFFFFFF);
            }
        }
        return true;
    }

    private static long u32(byte[] d, int at) {
        return (d[at] & 0xFFL) | (d[at + 1] & 0xFFL) << 8 | (d[at + 2] & 0xFFL) << 16 | (d[at + 3] & 0xFFL) << 24;
    }
}
