package io.offerkit.ui.media.framing;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditorStateTest {
    private final Redaction a = new Redaction(10, 10, 100, 40, Redaction.Style.FILL);
    private final Redaction b = new Redaction(300, 200, 50, 50, Redaction.Style.FILL);
    private final Framing cropped = Framing.defaults().withCrop(new Crop(200, 100, 800, 450));

    @Test
    void missingValuesAndASelectionOutOfRangeAreRead() {
        EditorState s = new EditorState(null, null, 3, 2000, 1000);

        assertThat(s.framing()).isEqualTo(Framing.defaults());
        assertThat(s.redactions()).isEmpty();
        assertThat(s.selected()).isEqualTo(-1);
    }

    @Test
    void aNudgeMovesTheSelectedRedactionByWholePixelsElseTheCrop() {
        EditorState s = new EditorState(cropped, List.of(a, b), -1, 2000, 1000);

        assertThat(s.nudged(2.5, -1).crop()).isEqualTo(new Crop(202.5, 99, 800, 450));
        assertThat(s.nudged(5000, 0).crop().x()).isEqualTo(1200);
        EditorState selected = s.selecting(0);
        assertThat(selected.nudged(0.4, -0.4).redactions().get(0)).isEqualTo(new Redaction(11, 9, 100, 40, Redaction.Style.FILL));
        assertThat(selected.nudged(-20, 0).redactions().get(0).x()).isZero();
        assertThat(selected.nudged(1, 0).crop()).isEqualTo(s.crop());
    }

    @Test
    void aNudgeMovesCoversFocusPointWhenThereIsNoCrop() {
        EditorState s = new EditorState(Framing.defaults().withFit(Fit.COVER), List.of(), -1, 2000, 1000);

        assertThat(s.nudged(200, -100).framing()).extracting(Framing::focusX, Framing::focusY).containsExactly(0.6, 0.4);
        assertThat(new EditorState(Framing.defaults(), List.of(), -1, 2000, 1000).nudged(200, 0).framing())
                .isEqualTo(Framing.defaults());
    }

    @Test
    void theSelectedRedactionIsRemovedOrRestyledAsANewList() {
        List<Redaction> list = List.of(a, b);
        EditorState s = new EditorState(cropped, list, 1, 2000, 1000);

        assertThat(s.removingSelected().redactions()).containsExactly(a);
        assertThat(s.removingSelected().selected()).isEqualTo(-1);
        assertThat(s.withSelectedStyle(Redaction.Style.PIXELATE).redactions())
                .containsExactly(a, new Redaction(300, 200, 50, 50, Redaction.Style.PIXELATE));
        assertThat(list).containsExactly(a, b);
        assertThat(s.selecting(-1).removingSelected()).isEqualTo(s.selecting(-1));
    }

    @Test
    void theSelectionCyclesThroughEveryRedactionAndNone() {
        EditorState s = new EditorState(cropped, List.of(a, b), -1, 2000, 1000);

        assertThat(s.cyclingSelection(1).selected()).isEqualTo(0);
        assertThat(s.cyclingSelection(1).cyclingSelection(1).selected()).isEqualTo(1);
        assertThat(s.selecting(1).cyclingSelection(1).selected()).isEqualTo(-1);
        assertThat(s.cyclingSelection(-1).selected()).isEqualTo(1);
    }
}
