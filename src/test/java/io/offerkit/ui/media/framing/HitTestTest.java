package io.offerkit.ui.media.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class HitTestTest {
    /** Scale 0.5, the capture from (0, 50) to (1000, 550) in the view. */
    private final CaptureMapping m = CaptureMapping.fit(1000, 600, 2000, 1000);
    private final Framing cropped = Framing.defaults().withCrop(new Crop(200, 100, 800, 450));
    private final Redaction first = new Redaction(300, 200, 200, 100, Redaction.Style.FILL);
    private final Redaction second = new Redaction(400, 250, 200, 100, Redaction.Style.FILL);

    private Hit at(EditorState s, double captureX, double captureY, boolean drawing) {
        return HitTest.at(s, m, m.toViewX(captureX), m.toViewY(captureY), drawing);
    }

    @Test
    void theCropsCornersAreHitWithinTheHandleInViewPixels() {
        EditorState s = new EditorState(cropped, List.of(), -1, 2000, 1000);

        assertThat(at(s, 1000 + 2 * 7, 550 + 2 * 7, false)).isEqualTo(new Hit(Hit.Part.CROP_CORNER, -1, Crop.Corner.BOTTOM_RIGHT));
        assertThat(at(s, 200, 100, false).corner()).isEqualTo(Crop.Corner.TOP_LEFT);
        assertThat(at(s, 1000, 100, false).corner()).isEqualTo(Crop.Corner.TOP_RIGHT);
        assertThat(at(s, 200, 550, false).corner()).isEqualTo(Crop.Corner.BOTTOM_LEFT);
        assertThat(at(s, 600, 300, false).part()).isEqualTo(Hit.Part.CROP);
        assertThat(at(s, 1000 + 2 * 10, 550 + 2 * 10, false).part()).isEqualTo(Hit.Part.NONE);
    }

    @Test
    void theLastDrawnRedactionIsOnTopAndOnlyTheSelectedOneHasHandles() {
        EditorState s = new EditorState(cropped, List.of(first, second), -1, 2000, 1000);

        assertThat(at(s, 450, 270, false)).isEqualTo(new Hit(Hit.Part.REDACTION, 1, null));
        assertThat(at(s, 310, 210, false)).isEqualTo(new Hit(Hit.Part.REDACTION, 0, null));
        assertThat(at(s.selecting(0), 500, 300, false)).isEqualTo(new Hit(Hit.Part.REDACTION_CORNER, 0, Crop.Corner.BOTTOM_RIGHT));
        assertThat(at(s.selecting(0), 296, 196, false).corner()).isEqualTo(Crop.Corner.TOP_LEFT);
    }

    @Test
    void withTheToolOnAPressOnTheCaptureDrawsUnlessItHoldsARedaction() {
        EditorState s = new EditorState(cropped, List.of(first), -1, 2000, 1000);

        assertThat(at(s, 600, 400, true).part()).isEqualTo(Hit.Part.DRAW); // over the crop: drawing wins
        assertThat(at(s, 350, 250, true).part()).isEqualTo(Hit.Part.REDACTION);
        assertThat(HitTest.at(s, m, 500, 20, true).part()).isEqualTo(Hit.Part.NONE); // the band above the capture
    }

    @Test
    void coverWithoutACropTakesTheFocusPointAnywhereOnTheCapture() {
        EditorState s = new EditorState(Framing.defaults().withFit(Fit.COVER), List.of(), -1, 2000, 1000);

        assertThat(at(s, 1500, 900, false).part()).isEqualTo(Hit.Part.FOCUS);
        assertThat(HitTest.at(s, m, 500, 20, false).part()).isEqualTo(Hit.Part.NONE);
        assertThat(at(new EditorState(Framing.defaults(), List.of(), -1, 2000, 1000), 1500, 900, false).part())
                .isEqualTo(Hit.Part.NONE);
    }

    @Test
    void withoutACaptureNothingIsHit() {
        EditorState s = new EditorState(cropped, List.of(first), 0, 0, 0);

        assertThat(HitTest.at(s, CaptureMapping.EMPTY, 10, 10, true)).isEqualTo(Hit.NONE);
    }
}
