package io.offerkit.imaging.mark;

/**
 * How much of each source pixel belongs to the mark, 0..1, row by row: the mark's shape with its anti-aliased edge,
 * at the source's resolution, before it is scaled to an icon.
 *
 * @param how what the mark was told apart from, in words for the slot's note
 */
public record MarkMask(float[] coverage, int width, int height, String how) {
    public MarkMask {
        if (coverage.length != width * height) {
            throw new IllegalArgumentException("coverage must hold width x height values");
        }
    }

    float at(int x, int y) {
        return coverage[y * width + x];
    }
}
