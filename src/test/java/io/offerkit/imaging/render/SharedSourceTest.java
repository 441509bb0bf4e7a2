package io.offerkit.imaging.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.SlotRenderer;
import io.offerkit.imaging.TestImages;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slots rendered from one shared source come out exactly as each rendered on its own, sharing what they can. */
class SharedSourceTest {
    private static final List<SlotSettings> SETTINGS = List.of(
            SlotSettings.defaults(),
            SlotSettings.defaults().withFit(Fit.COVER),
            SlotSettings.defaults().withFit(Fit.STRETCH),
            SlotSettings.defaults().withPaddingPercent(12.5).withBackground(SlotBackground.read("#1E3A8A")),
            SlotSettings.defaults().withTrim(true));

    @Test
    void everySlotComesOutByteForByteAsWhenRenderedAlone() {
        for (boolean opaque : new boolean[] {false, true}) {
            SourceImage image = TestImages.source(TestImages.logo(1024, 1024, opaque));
            for (SlotSettings settings : SETTINGS) {
                SharedSource shared = SharedSource.of(image);
                for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
                    int[] alone = pixels(SlotRenderer.render(image, slot, settings).image());
                    int[] together = pixels(SlotRenderer.render(shared, slot, settings).image());
                    assertThat(together).as("%s %s opaque=%s", slot.id(), settings, opaque).isEqualTo(alone);
                }
            }
        }
    }

    @Test
    void aSquareLogoInTheSquareAndTheWideSlotIsResampledOnceAndComesOutTheSameInBoth() {
        SourceImage image = TestImages.source(TestImages.logo(1024, 1024, false));
        ImageSlot large = TestImages.slot(115, 115);
        ImageSlot wide = TestImages.slot(255, 115);
        SharedSource shared = SharedSource.of(image);

        BufferedImage square = SlotRenderer.render(shared, large, SlotSettings.defaults()).image();
        BufferedImage centred = SlotRenderer.render(shared, wide, SlotSettings.defaults()).image();

        assertThat(shared.blockCount()).isEqualTo(1);
        // Centred: 70 transparent columns either side of the same 115x115 pixels.
        assertThat(pixels(centred.getSubimage(70, 0, 115, 115))).isEqualTo(pixels(square));
        // Which slot asked first does not change a byte.
        SharedSource wideFirst = SharedSource.of(image);
        assertThat(pixels(SlotRenderer.render(wideFirst, wide, SlotSettings.defaults()).image()))
                .isEqualTo(pixels(centred));
        assertThat(pixels(SlotRenderer.render(wideFirst, large, SlotSettings.defaults()).image()))
                .isEqualTo(pixels(square));
    }

    @Test
    void slotsPlacingTheLogoDifferentlyDoNotShare() {
        SharedSource shared = SharedSource.of(TestImages.source(TestImages.logo(600, 300, false)));
        for (ImageSlot slot : TestImages.APPSOURCE_SLOTS) {
            SlotRenderer.render(shared, slot, SlotSettings.defaults());
        }
        assertThat(shared.blockCount()).isEqualTo(TestImages.APPSOURCE_SLOTS.size());
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
