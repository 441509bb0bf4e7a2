package io.offerkit.ui.media.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.offerkit.project.Crop;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's properties without a window: what a gesture starts from, and what it writes back. */
class EditorModelTest {
    private final EditorModel model = new EditorModel();

    @Test
    void aCropThatNoLongerFitsTheCaptureIsEditedAsCropWithinMakesIt() {
        model.capture(1600, 900);
        Crop outside = new Crop(1500, 800, 800, 450); // a capture replaced by a smaller one
        model.framing.set(Framing.defaults().withCrop(outside));

        Crop edited = model.state().crop();

        assertThat(edited).isEqualTo(outside.within(1600, 900, 1280 / 720.0));
        assertThat(edited.x() + edited.width()).isLessThanOrEqualTo(1600);
        assertThat(edited.width() / edited.height()).isCloseTo(1280 / 720.0, within(1e-12));
    }

    @Test
    void aCropThatFitsIsEditedAsItIs() {
        model.capture(1600, 900);
        Framing framing = Framing.defaults().withCrop(new Crop(0.1, 0.3, 800, 450));
        model.framing.set(framing);

        assertThat(model.state().framing()).isSameAs(framing);
    }

    @Test
    void applyingSetsOnlyWhatChangedAndASmallerListDropsTheSelection() {
        model.capture(1600, 900);
        Redaction a = new Redaction(10, 10, 20, 20, Redaction.Style.FILL);
        model.redactions.set(List.of(a, a));
        model.selected.set(1);
        int[] framingChanges = new int[1];
        model.framing.addListener((obs, old, now) -> framingChanges[0]++);

        model.apply(model.state().removingSelected());
        assertThat(framingChanges[0]).isZero();
        assertThat(model.redactions.get()).containsExactly(a);

        model.selected.set(0);
        model.redactions.set(List.of());
        assertThat(model.selected.get()).isEqualTo(-1);
    }
}
