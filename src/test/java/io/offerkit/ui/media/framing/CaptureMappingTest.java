package io.offerkit.ui.media.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CaptureMappingTest {
    @Test
    void aWideCaptureFillsTheViewsWidthAndIsCentredDown() {
        CaptureMapping m = CaptureMapping.fit(1000, 600, 2000, 1000);

        assertThat(m.scale()).isEqualTo(0.5);
        assertThat(m.left()).isEqualTo(0);
        assertThat(m.top()).isEqualTo(50);
        assertThat(m.viewWidth()).isEqualTo(1000);
        assertThat(m.viewHeight()).isEqualTo(500);
    }

    @Test
    void aTallCaptureFillsTheViewsHeightAndIsCentredAcross() {
        CaptureMapping m = CaptureMapping.fit(1000, 600, 1200, 1800);

        assertThat(m.scale()).isEqualTo(600 / 1800.0);
        assertThat(m.top()).isEqualTo(0);
        assertThat(m.left()).isCloseTo((1000 - 400) / 2.0, within(1e-9));
    }

    @Test
    void anInsetKeepsRoomOnEverySide() {
        CaptureMapping m = CaptureMapping.fit(1020, 620, 2000, 1000, 10);

        assertThat(m.scale()).isEqualTo(0.5);
        assertThat(m.left()).isEqualTo(10);
        assertThat(m.top()).isEqualTo(60);
        assertThat(CaptureMapping.fit(15, 15, 2000, 1000, 10).isEmpty()).isTrue();
    }

    @Test
    void aSmallCaptureIsEnlargedToFit() {
        assertThat(CaptureMapping.fit(800, 450, 400, 225).scale()).isEqualTo(2);
    }

    @Test
    void viewAndCapturePointsMapBothWays() {
        CaptureMapping m = CaptureMapping.fit(1000, 600, 2000, 1000);

        assertThat(m.toViewX(400)).isEqualTo(200);
        assertThat(m.toViewY(400)).isEqualTo(250);
        assertThat(m.toCaptureX(200)).isEqualTo(400);
        assertThat(m.toCaptureY(250)).isEqualTo(400);
        assertThat(m.toCapture(30)).isEqualTo(60);
        assertThat(m.toView(60)).isEqualTo(30);
        for (double x : new double[] {0, 13.25, 1999.5}) {
            assertThat(m.toCaptureX(m.toViewX(x))).isCloseTo(x, within(1e-9));
            assertThat(m.toCaptureY(m.toViewY(x / 2))).isCloseTo(x / 2, within(1e-9));
        }
    }

    @Test
    void onlyPointsOnTheCaptureAreShown() {
        CaptureMapping m = CaptureMapping.fit(1000, 600, 2000, 1000);

        assertThat(m.shows(500, 300)).isTrue();
        assertThat(m.shows(500, 40)).isFalse(); // the band above the capture
        assertThat(m.shows(500, 560)).isFalse();
    }

    @Test
    void noCaptureOrNoRoomMapsNothing() {
        assertThat(CaptureMapping.fit(1000, 600, 0, 0).isEmpty()).isTrue();
        assertThat(CaptureMapping.fit(0, 600, 2000, 1000).isEmpty()).isTrue();
        assertThat(CaptureMapping.fit(1000, 600, 0, 0).toCaptureX(300)).isZero();
        assertThat(CaptureMapping.fit(1000, 600, 0, 0).shows(300, 300)).isFalse();
    }
}
