package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.render.Redactions;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import io.offerkit.project.SlotBackground;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one door for screenshots: redactions burnt first, the crop as the content shown, the capture's edge colour. */
class MediaRendererTest {
    private static final int GREEN = 0xFF00C800;
    private static final int RED = 0xFFFF0000;
    private static final ImageSlot SCREENSHOT = new MediaGroup("screenshots", null, MediaKind.SCREENSHOT, 1280, 720,
            List.of("png"), 1, 5, null, true, 100, null, null).slot(1);

    /** Green everywhere, pure red in the rectangle. */
    private static BufferedImage redIn(int w, int h, int rx, int ry, int rw, int rh) {
        BufferedImage image = TestImages.filled(w, h, GREEN);
        int[] px = ArgbPixels.of(image);
        for (int y = ry; y < ry + rh; y++) {
            for (int x = rx; x < rx + rw; x++) {
                px[y * w + x] = RED;
            }
        }
        return ArgbPixels.toImage(px, w, h);
    }

    private static int red(int p) {
        return (p >> 16) & 0xFF;
    }

    private static int green(int p) {
        return (p >> 8) & 0xFF;
    }

    /** No output pixel wholly inside the rectangle mapped to the output keeps any red; none anywhere looks red. */
    private static void assertNoRedLeft(int[] out, int width, double x0, double y0, double x1, double y1) {
        for (int y = 0; y < out.length / width; y++) {
            for (int x = 0; x < width; x++) {
                int p = out[y * width + x];
                if (x >= x0 && x + 1 <= x1 && y >= y0 && y + 1 <= y1) {
                    assertThat(red(p)).as("red at %d,%d inside the redaction", x, y)
                            .isLessThanOrEqualTo(red(Redactions.FILL) + 1);
                }
                assertThat(red(p)).as("red at %d,%d", x, y).isLessThanOrEqualTo(green(p) + 8);
            }
        }
    }

    @Test
    void aRedactedRectangleIsGoneAtEveryOutputPixelItCovers() {
        SourceImage capture = TestImages.source(redIn(2560, 1440, 601, 299, 401, 203));
        RenderedSlot shot = MediaRenderer.render(capture, SCREENSHOT, Framing.defaults(),
                List.of(new Redaction(601, 299, 401, 203, Redaction.Style.FILL)));
        assertThat(shot.image().getWidth()).isEqualTo(1280);
        assertThat(shot.image().getHeight()).isEqualTo(720);
        assertNoRedLeft(ArgbPixels.of(shot.image()), 1280, 300.5, 149.5, 501.5, 251);
    }

    @Test
    void aRedactionOnAWorkingCopyIsScaledFromTheOriginalsPixels() {
        // A working copy at half the original's size: the redaction is stated in the original's pixels.
        BufferedImage reduced = redIn(1600, 1000, 300, 150, 200, 100);
        SourceImage copy = new SourceImage(reduced, new ImageFacts("PNG", 3200, 2000, "RGB", 8, false, false, null, 0));
        RenderedSlot shot = MediaRenderer.render(copy, SCREENSHOT, Framing.defaults().withFit(Fit.COVER),
                List.of(new Redaction(600, 300, 400, 200, Redaction.Style.FILL)));
        int[] out = ArgbPixels.of(shot.image());
        for (int p : out) {
            assertThat(red(p)).isLessThanOrEqualTo(green(p) + 8);
        }
    }

    @Test
    void theCropShowsExactlyTheCroppedContent() {
        // A 1280x720 pattern at (640, 360) in a red capture: cropped, it is the output pixel for pixel.
        int w = 2560;
        int h = 1440;
        BufferedImage image = TestImages.filled(w, h, RED);
        int[] px = ArgbPixels.of(image);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                px[(y + 360) * w + x + 640] = 0xFF000000 | (x & 0xFF) << 8 | (y & 0xFF);
            }
        }
        SourceImage capture = TestImages.source(ArgbPixels.toImage(px, w, h));
        RenderedSlot shot = MediaRenderer.render(capture, SCREENSHOT,
                Framing.defaults().withCrop(new Crop(640, 360, 1280, 720)), List.of());
        int[] out = ArgbPixels.of(shot.image());
        assertThat(out).hasSize(1280 * 720);
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                int p = out[y * 1280 + x];
                assertThat(red(p)).as("red at %d,%d", x, y).isZero();
                assertThat(green(p)).as("green at %d,%d", x, y).isCloseTo(x & 0xFF, org.assertj.core.data.Offset.offset(1));
                assertThat(p & 0xFF).as("blue at %d,%d", x, y).isCloseTo(y & 0xFF, org.assertj.core.data.Offset.offset(1));
            }
        }
    }

    @Test
    void aCropLargerThanTheImageIsReducedWithNothingFromOutsideIt() {
        BufferedImage image = TestImages.filled(3000, 2000, RED);
        int[] px = ArgbPixels.of(image);
        for (int y = 203; y < 203 + 1440; y++) {
            for (int x = 117; x < 117 + 2560; x++) {
                px[y * 3000 + x] = GREEN;
            }
        }
        RenderedSlot shot = MediaRenderer.render(TestImages.source(ArgbPixels.toImage(px, 3000, 2000)), SCREENSHOT,
                Framing.defaults().withCrop(new Crop(117, 203, 2560, 1440)), List.of());
        for (int p : ArgbPixels.of(shot.image())) {
            assertThat(p).isEqualTo(GREEN);
        }
    }

    @Test
    void everyFramingOfAnOddCaptureIsExactlyTheSlotsSize() {
        SourceImage capture = TestImages.source(TestImages.logo(1001, 777, true));
        for (Framing framing : List.of(Framing.defaults(), Framing.defaults().withFit(Fit.COVER),
                Framing.defaults().withCrop(new Crop(13.25, 7.5, 640.5, 360)),
                Framing.defaults().withCrop(new Crop(900, 700, 500, 300)))) {
            BufferedImage out = MediaRenderer.render(capture, SCREENSHOT, framing, List.of()).image();
            assertThat(out.getWidth()).as(framing.toString()).isEqualTo(1280);
            assertThat(out.getHeight()).as(framing.toString()).isEqualTo(720);
        }
    }

    @Test
    void containLetterboxesOnTheCapturesEdgeColourOrTheChosenOne() {
        BufferedImage image = TestImages.filled(800, 600, 0xFFF4EFE6);
        int[] px = ArgbPixels.of(image);
        for (int y = 200; y < 400; y++) {
            for (int x = 200; x < 600; x++) {
                px[y * 800 + x] = 0xFF000000;
            }
        }
        SourceImage capture = TestImages.source(ArgbPixels.toImage(px, 800, 600));
        int[] auto = ArgbPixels.of(MediaRenderer.render(capture, SCREENSHOT, Framing.defaults(), List.of()).image());
        assertThat(auto[0]).isEqualTo(0xFFF4EFE6);
        assertThat(auto[auto.length - 1]).isEqualTo(0xFFF4EFE6);
        int[] chosen = ArgbPixels.of(MediaRenderer.render(capture, SCREENSHOT,
                Framing.defaults().withBackground(SlotBackground.colour(0x123456)), List.of()).image());
        assertThat(chosen[0]).isEqualTo(0xFF123456);
    }
}
