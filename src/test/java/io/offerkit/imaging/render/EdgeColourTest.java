package io.offerkit.imaging.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeColourTest {

    @Test
    void aWindowOnItsBackgroundGivesTheBackgroundEvenWithNoiseAndATitleBar() {
        int w = 300;
        int h = 200;
        int[] argb = new int[w * h];
        Random random = new Random(1);
        for (int i = 0; i < argb.length; i++) {
            int jitter = random.nextInt(3); // compression noise of a JPEG-ish capture: 242..244
            argb[i] = 0xFF000000 | (242 + jitter) << 16 | (242 + jitter) << 8 | (242 + jitter);
        }
        for (int i = 0; i < w * 12; i++) {
            argb[i] = 0xFF1E1E1E; // a dark title bar along the top edge: fewer edge pixels than the background
        }
        Arrays.fill(argb, 50 * w, 150 * w, 0xFF0078D4); // a big blue panel inside, not on the edge... except its sides

        int colour = EdgeColour.of(argb, w, h);

        assertThat(colour >>> 24).isEqualTo(255);
        assertThat((colour >> 16) & 0xFF).isBetween(242, 244);
        assertThat(colour & 0xFFFFFF).isNotEqualTo(0x1E1E1E).isNotEqualTo(0x0078D4);
    }

    @Test
    void transparentEdgesAreSkippedAndAnEmptyImageIsWhite() {
        int[] argb = new int[40 * 40];
        Arrays.fill(argb, 0x00FF0000);
        assertThat(EdgeColour.of(argb, 40, 40)).isEqualTo(0xFFFFFFFF);

        argb[0] = 0xFF102030;
        assertThat(EdgeColour.of(argb, 40, 40)).isEqualTo(0xFF102030);
        assertThat(EdgeColour.of(new int[0], 0, 0)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void narrowImagesAreAllEdge() {
        for (int w = 1; w <= 6; w++) {
            int width = w;
            int[] argb = new int[width * 10];
            Arrays.fill(argb, 0xFF445566);
            assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EdgeColour.of(argb, width, 10)))
                    .as("width %d", width).isEqualTo(0xFF445566);
        }
    }

    @Test
    void aOnePixelImageIsItsOwnEdge() {
        assertThat(EdgeColour.of(new int[] {0xFF336699}, 1, 1)).isEqualTo(0xFF336699);
    }
}
