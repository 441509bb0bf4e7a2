package io.offerkit.imaging.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ArgbPixelsTest {
    @Test
    void anImageMadeFromAnArrayIsAPlainIntArgbImageOverThatArray() {
        int[] argb = {0x00000000, 0x80FF0000, 0xFF00FF00, 0xFF0000FF, 0x40123456, 0xFFFFFFFF};
        BufferedImage image = ArgbPixels.toImage(argb, 3, 2);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
        assertThat(image.isAlphaPremultiplied()).isFalse();
        assertThat(image.getRGB(0, 0, 3, 2, null, 0, 3)).containsExactly(argb);
        assertThat(image.getRGB(1, 0)).isEqualTo(0x80FF0000);
        assertThat(ArgbPixels.of(image)).as("no copy either way").isSameAs(argb);
    }
}
