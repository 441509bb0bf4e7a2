package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.offerkit.project.Crop.Corner;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CropTest {
    private static final double WIDE = 1280.0 / 720.0;
    private static final double EPS = 1e-9;

    private static void insideAndOfAspect(Crop c, int w, int h, double aspect) {
        assertThat(c.x()).isGreaterThanOrEqualTo(-EPS);
        assertThat(c.y()).isGreaterThanOrEqualTo(-EPS);
        assertThat(c.x() + c.width()).isLessThanOrEqualTo(w + EPS);
        assertThat(c.y() + c.height()).isLessThanOrEqualTo(h + EPS);
        assertThat(c.width() / c.height()).isCloseTo(aspect, within(1e-9));
    }

    @Test
    void theLargestCropOfATallCaptureIsItsFullWidthAroundTheFocus() {
        Crop centred = Crop.largest(3700, 2150, WIDE, 0.5, 0.5);
        assertThat(centred.width()).isCloseTo(3700, within(EPS));
        assertThat(centred.height()).isCloseTo(2081.25, within(EPS));
        assertThat(centred.y()).isCloseTo((2150 - 2081.25) / 2, within(EPS));

        Crop top = Crop.largest(3700, 2150, WIDE, 0.5, 0.0);
        assertThat(top.y()).isZero();

        Crop square = Crop.largest(1000, 1000, WIDE, 0.9, 0.5);
        assertThat(square.height()).isCloseTo(562.5, within(EPS));
        insideAndOfAspect(square, 1000, 1000, WIDE);
    }

    @Test
    void aDragStopsAtTheEdges() {
        Crop c = new Crop(100, 100, 640, 360);

        assertThat(c.moved(-500, 20, 1920, 1080)).isEqualTo(new Crop(0, 120, 640, 360));
        assertThat(c.moved(5000, 5000, 1920, 1080)).isEqualTo(new Crop(1280, 720, 640, 360));
    }

    @Test
    void aCornerFollowsThePointerWithTheAspectLockedAndTheOppositeCornerStays() {
        Crop c = new Crop(100, 100, 640, 360);

        Crop bigger = c.resized(Corner.BOTTOM_RIGHT, 100 + 1280, 200, WIDE, 1920, 1080);
        assertThat(bigger).isEqualTo(new Crop(100, 100, 1280, 720));

        Crop fromTopLeft = c.resized(Corner.TOP_LEFT, 500, 60, WIDE, 1920, 1080);
        assertThat(fromTopLeft.x() + fromTopLeft.width()).isCloseTo(740, within(EPS));
        assertThat(fromTopLeft.y() + fromTopLeft.height()).isCloseTo(460, within(EPS));
        assertThat(fromTopLeft.height()).isCloseTo(400, within(EPS)); // the vertical move was the larger one
    }

    @Test
    void aCornerCannotLeaveTheSourceNorCollapseTheCrop() {
        Crop c = new Crop(100, 100, 640, 360);

        Crop huge = c.resized(Corner.BOTTOM_RIGHT, 99999, 99999, WIDE, 1920, 1080);
        insideAndOfAspect(huge, 1920, 1080, WIDE);
        assertThat(huge.x()).isEqualTo(100);
        assertThat(huge.y() + huge.height()).isCloseTo(1080, within(EPS));

        Crop tiny = c.resized(Corner.BOTTOM_RIGHT, 100, 100, WIDE, 1920, 1080);
        assertThat(tiny.width()).isEqualTo(Crop.MIN_WIDTH);
    }

    @Test
    void everyGestureOnAnyCropStaysInsideAndOfTheAspect() {
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            int w = 50 + random.nextInt(4000);
            int h = 50 + random.nextInt(3000);
            double aspect = random.nextBoolean() ? WIDE : 1366.0 / 768.0;
            Crop c = Crop.largest(w, h, aspect, random.nextDouble(), random.nextDouble());
            insideAndOfAspect(c, w, h, aspect);
            c = c.moved(random.nextGaussian() * w, random.nextGaussian() * h, w, h);
            insideAndOfAspect(c, w, h, aspect);
            Corner corner = Corner.values()[random.nextInt(4)];
            c = c.resized(corner, random.nextDouble() * 1.4 * w - 0.2 * w, random.nextDouble() * 1.4 * h - 0.2 * h,
                    aspect, w, h);
            insideAndOfAspect(c, w, h, aspect);
        }
    }

    @Test
    void aCropReadBackOntoAnotherCaptureIsMadeToFit() {
        Crop stored = new Crop(800, 500, 1280, 720);

        Crop onSmaller = stored.within(1366, 768, WIDE);
        insideAndOfAspect(onSmaller, 1366, 768, WIDE);
        assertThat(onSmaller.width()).isCloseTo(1280, within(EPS));

        Crop squashed = new Crop(0, 0, 1000, 100).within(1920, 1080, WIDE);
        insideAndOfAspect(squashed, 1920, 1080, WIDE);
        assertThat(squashed.width()).isCloseTo(1000, within(EPS));
    }

    @Test
    void anEmptyOrEndlessCropIsRefused() {
        assertThatThrownBy(() -> new Crop(0, 0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Crop(Double.NaN, 0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
