package io.offerkit.imaging.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.project.Redaction;
import io.offerkit.project.Redaction.Style;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionsTest {
    private static final int W = 200;
    private static final int H = 120;

    /** Every pixel a different opaque colour: any pixel left as it was would show. */
    private static int[] uniquePixels() {
        int[] argb = new int[W * H];
        Random random = new Random(7);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < argb.length; i++) {
            int p;
            do {
                p = 0xFF000000 | random.nextInt(1 << 24);
            } while (!seen.add(p));
            argb[i] = p;
        }
        return argb;
    }

    @Test
    void aFilledRectangleIsOneColourAndNothingElseChanges() {
        int[] source = uniquePixels();
        int[] before = source.clone();

        int[] out = Redactions.apply(source, W, H, List.of(new Redaction(30, 20, 50, 40, Style.FILL)));

        assertThat(source).as("the source is not touched").isEqualTo(before);
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean inside = x >= 30 && x < 80 && y >= 20 && y < 60;
                assertThat(out[y * W + x]).as("pixel %d,%d", x, y).isEqualTo(inside ? Redactions.FILL : source[y * W + x]);
            }
        }
    }

    @Test
    void aPixelatedRectangleKeepsNoPixelOfTheContent() {
        int[] source = uniquePixels();
        Redaction r = new Redaction(10, 10, 100, 64, Style.PIXELATE);

        int[] out = Redactions.apply(source, W, H, List.of(r));

        assertThat(r.blockSize()).isEqualTo(16);
        int kept = 0;
        for (int y = 10; y < 74; y++) {
            for (int x = 10; x < 110; x++) {
                int bx = 10 + (x - 10) / 16 * 16;
                int by = 10 + (y - 10) / 16 * 16;
                assertThat(out[y * W + x]).as("pixel %d,%d is its block's colour", x, y).isEqualTo(out[by * W + bx]);
                assertThat(out[y * W + x] >>> 24).isEqualTo(255);
                if (out[y * W + x] == source[y * W + x]) {
                    kept++;
                }
            }
        }
        assertThat(kept).as("pixels that kept their own colour").isLessThanOrEqualTo(1);
        assertThat(out[5 * W + 5]).isEqualTo(source[5 * W + 5]);
        assertThat(out[74 * W + 110]).isEqualTo(source[74 * W + 110]);
    }

    @Test
    void blocksGrowWithTheRectangleSoTextCannotBeReadBack() {
        assertThat(new Redaction(0, 0, 400, 200, Style.PIXELATE).blockSize()).isEqualTo(50);
        assertThat(new Redaction(0, 0, 20, 8, Style.PIXELATE).blockSize()).isEqualTo(Redaction.MIN_BLOCK);
    }

    @Test
    void aTransparentAreaPixelatesOpaque() {
        int[] clear = new int[W * H];

        int[] out = Redactions.apply(clear, W, H, List.of(new Redaction(0, 0, 32, 32, Style.PIXELATE)));

        assertThat(out[0]).isEqualTo(Redactions.FILL);
    }

    @Test
    void aRectangleReachingOutsideIsCutToTheSourceAndOneWhollyOutsideIsIgnored() {
        int[] source = uniquePixels();

        int[] out = Redactions.apply(source, W, H, List.of(
                new Redaction(-20, H - 10, 50, 100, Style.FILL), new Redaction(W + 5, 0, 10, 10, Style.FILL)));

        assertThat(out[(H - 1) * W]).isEqualTo(Redactions.FILL);
        assertThat(out[(H - 1) * W + 29]).isEqualTo(Redactions.FILL);
        assertThat(out[(H - 1) * W + 30]).isEqualTo(source[(H - 1) * W + 30]);
        assertThat(out[(H - 11) * W]).isEqualTo(source[(H - 11) * W]);
    }

    @Test
    void anEmptyRectangleIsRefused() {
        assertThatThrownBy(() -> new Redaction(0, 0, 0, 5, Style.FILL)).hasMessageContaining("at least 1x1");
    }
}
