package io.offerkit.ui.media.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gestures to model: a view drag read through the mapping becomes the model's new value, in original pixels. */
class DragsTest {
    private static final double ASPECT = 1280 / 720.0;
    /** A 2000x1000 capture in a 1000x600 view: scale 0.5, a 50 px band above and below. */
    private final CaptureMapping m = CaptureMapping.fit(1000, 600, 2000, 1000);
    private final Crop crop = new Crop(200, 100, 800, 450);

    private EditorState state(Framing framing, List<Redaction> redactions) {
        return new EditorState(framing, redactions, -1, 2000, 1000);
    }

    /** Presses at a view point and drags by (dx, dy) view pixels. */
    private EditorState drag(EditorState s, double vx, double vy, double dx, double dy, boolean drawing) {
        Drag drag = Drags.start(s, HitTest.at(s, m, vx, vy, drawing), m.toCaptureX(vx), m.toCaptureY(vy), ASPECT,
                Redaction.Style.PIXELATE);
        drag.pressed();
        return drag.to(m.toCaptureX(vx + dx), m.toCaptureY(vy + dy));
    }

    @Test
    void aDragInsideTheCropMovesItByTheViewDistanceOverTheScale() {
        EditorState s = state(Framing.defaults().withCrop(crop), List.of());

        EditorState after = drag(s, m.toViewX(600), m.toViewY(300), 30, -20, false);

        assertThat(after.crop()).isEqualTo(new Crop(200 + 30 / 0.5, 100 - 20 / 0.5, 800, 450));
    }

    @Test
    void aMovedCropStopsAtTheCapturesEdges() {
        EditorState s = state(Framing.defaults().withCrop(crop), List.of());

        assertThat(drag(s, m.toViewX(600), m.toViewY(300), 5000, 5000, false).crop())
                .isEqualTo(new Crop(2000 - 800, 1000 - 450, 800, 450));
        assertThat(drag(s, m.toViewX(600), m.toViewY(300), -5000, -5000, false).crop())
                .isEqualTo(new Crop(0, 0, 800, 450));
    }

    @Test
    void aCornerDragKeepsTheAspectAndTheOppositeCorner() {
        EditorState s = state(Framing.defaults().withCrop(crop), List.of());
        // Grabbed 3 view pixels inside the bottom-right corner: the grab offset is kept, the corner does not jump.
        Crop after = drag(s, m.toViewX(1000) - 3, m.toViewY(550) - 3, 100, 20, false).crop();

        assertThat(after.width() / after.height()).isCloseTo(ASPECT, within(1e-12));
        assertThat(after.x()).isEqualTo(200);
        assertThat(after.y()).isEqualTo(100);
        assertThat(after.width()).isCloseTo(800 + 100 / 0.5, within(1e-9)); // the larger move leads
    }

    @Test
    void aCornerDragIsLimitedByTheCapture() {
        EditorState s = state(Framing.defaults().withCrop(crop), List.of());

        Crop after = drag(s, m.toViewX(200), m.toViewY(100), -4000, -4000, false).crop();

        assertThat(after.x()).isGreaterThanOrEqualTo(0);
        assertThat(after.y()).isCloseTo(0, within(1e-9)); // the top edge ran out first
        assertThat(after.x() + after.width()).isEqualTo(1000);
        assertThat(after.width() / after.height()).isCloseTo(ASPECT, within(1e-12));
    }

    @Test
    void drawingMakesARedactionInOriginalPixelsAndSelectsIt() {
        EditorState s = state(Framing.defaults(), List.of());

        EditorState after = drag(s, 100, 150, 100, 60, true);

        assertThat(after.redactions()).containsExactly(new Redaction(200, 200, 200, 120, Redaction.Style.PIXELATE));
        assertThat(after.selected()).isEqualTo(0);
    }

    @Test
    void aDrawnRedactionIsCutToTheCaptureAndAtLeastOnePixel() {
        EditorState s = state(Framing.defaults(), List.of());

        assertThat(drag(s, 900, 500, 400, 400, true).redactions())
                .containsExactly(new Redaction(1800, 900, 200, 100, Redaction.Style.PIXELATE));
        assertThat(drag(s, 100, 150, -400, -400, true).redactions())
                .containsExactly(new Redaction(0, 0, 200, 200, Redaction.Style.PIXELATE));
        assertThat(drag(s, 100, 150, 0.1, 0.1, true).redactions().get(0))
                .extracting(Redaction::width, Redaction::height).containsExactly(1, 1);
    }

    @Test
    void pressingARedactionSelectsItAndADragMovesItInsideTheCapture() {
        Redaction r = new Redaction(100, 100, 200, 50, Redaction.Style.FILL);
        EditorState s = state(Framing.defaults(), List.of(r));

        EditorState moved = drag(s, m.toViewX(150), m.toViewY(120), 10, 5, false);
        assertThat(moved.selected()).isEqualTo(0);
        assertThat(moved.redactions()).containsExactly(new Redaction(120, 110, 200, 50, Redaction.Style.FILL));

        assertThat(drag(s, m.toViewX(150), m.toViewY(120), 5000, 5000, false).redactions())
                .containsExactly(new Redaction(1800, 950, 200, 50, Redaction.Style.FILL));
    }

    @Test
    void theSelectedRedactionsCornerResizesItAgainstTheOppositeCorner() {
        Redaction r = new Redaction(100, 100, 200, 50, Redaction.Style.FILL);
        EditorState s = state(Framing.defaults(), List.of(r)).selecting(0);

        EditorState after = drag(s, m.toViewX(300), m.toViewY(150), 20, 30, false);

        assertThat(after.redactions()).containsExactly(new Redaction(100, 100, 240, 110, Redaction.Style.FILL));
    }

    @Test
    void coverPlacesTheFocusPointWhereThePointerIsWithinTheCapture() {
        EditorState s = state(Framing.defaults().withFit(Fit.COVER), List.of());
        Drag drag = Drags.start(s, HitTest.at(s, m, 250, 175, false), m.toCaptureX(250), m.toCaptureY(175), ASPECT,
                Redaction.Style.FILL);

        assertThat(drag.pressed().framing()).extracting(Framing::focusX, Framing::focusY).containsExactly(0.25, 0.25);
        assertThat(drag.to(m.toCaptureX(5000), m.toCaptureY(-50)).framing())
                .extracting(Framing::focusX, Framing::focusY).containsExactly(1.0, 0.0);
    }

    @Test
    void aPressOnNothingClearsTheSelectionAndChangesNothingElse() {
        Redaction r = new Redaction(100, 100, 200, 50, Redaction.Style.FILL);
        EditorState s = state(Framing.defaults().withCrop(crop), List.of(r)).selecting(0);

        EditorState after = drag(s, m.toViewX(1500), m.toViewY(800), 40, 40, false);

        assertThat(after.selected()).isEqualTo(-1);
        assertThat(after.framing()).isEqualTo(s.framing());
        assertThat(after.redactions()).isEqualTo(s.redactions());
    }
}
