package io.offerkit.imaging.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PngFiltersTest {
    /** The PNG specification's reconstruction, byte by byte: what {@link PngFilters#unfilter} must do. */
    private static void reference(byte[] raw, int cur, int prev, int rowBytes, int bpp, int type) {
        for (int i = 0; i < rowBytes; i++) {
            int a = i >= bpp ? raw[cur + i - bpp] & 0xFF : 0;
            int b = prev >= 0 ? raw[prev + i] & 0xFF : 0;
            int c = prev >= 0 && i >= bpp ? raw[prev + i - bpp] & 0xFF : 0;
            raw[cur + i] = (byte) (raw[cur + i] + predictor(type, a, b, c));
        }
    }

    /** The specification's prediction of a byte from its left (a), upper (b) and upper-left (c) neighbours. */
    private static int predictor(int type, int a, int b, int c) {
        return switch (type) {
            case 0 -> 0;
            case 1 -> a;
            case 2 -> b;
            case 3 -> (a + b) >>> 1;
            default -> PngFilters.paeth(a, b, c);
        };
    }

    @Test
    void everyFilterTypeIsUndoneAsTheSpecificationSays() {
        Random random = new Random(11);
        for (int type = 0; type <= 4; type++) {
            for (int bpp : new int[] {1, 2, 3, 4, 6, 8}) {
                for (int rowBytes : new int[] {1, 2, 3, 5, 8, 13, 64}) {
                    for (boolean firstRow : new boolean[] {true, false}) {
                        byte[] raw = new byte[2 * (rowBytes + 1) + 3];
                        random.nextBytes(raw);
                        int prev = firstRow ? -1 : 1;
                        int cur = 1 + rowBytes + 1 + 1;
                        byte[] expected = raw.clone();
                        reference(expected, cur, prev, rowBytes, bpp, type);
                        PngFilters.unfilter(raw, cur, prev, rowBytes, bpp, type);
                        assertThat(raw).as("type %d, %d bytes per pixel, %d bytes, first row %b", type, bpp, rowBytes,
                                firstRow).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void everyFilterTypeIsAppliedAsTheSpecificationSaysWithItsSumOfAbsoluteValues() {
        Random random = new Random(12);
        for (int type = 0; type <= 4; type++) {
            for (int stride : new int[] {1, 2, 3, 4, 6, 8}) {
                for (int rowBytes : new int[] {1, 2, 3, 5, 8, 13, 64}) {
                    byte[] row = new byte[rowBytes];
                    byte[] prev = new byte[rowBytes];
                    random.nextBytes(row);
                    random.nextBytes(prev);
                    byte[] expected = new byte[rowBytes];
                    long expectedSum = 0;
                    for (int i = 0; i < rowBytes; i++) {
                        int x = row[i] & 0xFF;
                        int a = i >= stride ? row[i - stride] & 0xFF : 0;
                        int b = prev[i] & 0xFF;
                        int c = i >= stride ? prev[i - stride] & 0xFF : 0;
                        expected[i] = (byte) (x - predictor(type, a, b, c));
                        expectedSum += Math.abs(expected[i]);
                    }
                    byte[] out = new byte[rowBytes];
                    long sum = PngFilters.filter(type, row, prev, stride, out);
                    assertThat(out).as("type %d, stride %d, %d bytes", type, stride, rowBytes).isEqualTo(expected);
                    assertThat(sum).as("type %d, stride %d, %d bytes", type, stride, rowBytes).isEqualTo(expectedSum);
                }
            }
        }
    }
}
