package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The working copy is a plain reduction (render.Reduction), no longer a slot rendered through a made-up ImageSlot;
 * it must still give the very pixels the slot renderer gives for the whole source stretched to the copy's size, so
 * live previews look as before.
 */
class WorkingCopyTest {

    private static void assertSameAsAStretchedSlot(SourceImage full, int maxSide) {
        SourceImage copy = WorkingCopy.of(full, maxSide);
        ImageSlot canvas = new ImageSlot("canvas", null, copy.width(), copy.height(), "png", false,
                null, null, null, null, false, null);
        SourceImage slotted = new SourceImage(SlotRenderer.render(full, canvas, SlotSettings.defaults()
                .withFit(Fit.STRETCH)).image(), full.facts());
        assertThat(ArgbPixels.of(copy.pixels())).isEqualTo(ArgbPixels.of(slotted.pixels()));
        assertThat(copy.facts()).isSameAs(full.facts());
        assertThat(copy.vector()).isSameAs(full.vector());
    }

    @Test
    void aRasterCopyHasTheSlotRenderersPixels() {
        assertSameAsAStretchedSlot(TestImages.source(TestImages.logo(1999, 1001, false)), 500);
        assertSameAsAStretchedSlot(TestImages.source(TestImages.logo(700, 2100, true)), 333);
    }

    @Test
    void aVectorCopyIsDrawnAsTheSlotRendererDrawsIt() throws Exception {
        SourceImage svg = ImageDecoder.read(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3000\" height=\"1300\">"
                + "<circle cx=\"700\" cy=\"650\" r=\"600\" fill=\"#C01F3A\"/><rect x=\"1500\" y=\"200\" width=\"1300\""
                + " height=\"900\" fill=\"#2255AA\" opacity=\"0.6\"/></svg>").getBytes(StandardCharsets.UTF_8), "logo.svg");
        assertThat(svg.isVector()).isTrue();
        assertSameAsAStretchedSlot(svg, 400);
    }
}
