package io.offerkit.ui.logos;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Alignment;
import io.offerkit.project.Fit;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogoControlsViewModelTest {
    private static final String SMALL = "small-40x40";
    private static final String WIDE = "wide-255x115";

    @TempDir
    Path dir;
    ProjectSession session;
    LogoControlsViewModel model;
    final List<String> loads = new ArrayList<>();

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        model = new LogoControlsViewModel(session, (slot, file) -> loads.add(slot + " " + file.getFileName()));
    }

    private LogoSettings logo() {
        return session.project().logo();
    }

    @Test
    void everyControlEditsTheDefaults() {
        model.fitProperty().set(Fit.COVER);
        model.paddingProperty().set(12.5);
        model.backgroundProperty().set("#0E9F8E");
        model.trimProperty().set(true);
        model.alignmentProperty().set(Alignment.LEFT);
        model.focusXProperty().set(0.25);
        model.focusYProperty().set(0.75);

        assertThat(logo().defaults()).isEqualTo(
                new SlotSettings(Fit.COVER, 12.5, SlotBackground.read("#0E9F8E"), true, Alignment.LEFT, null, 0.25, 0.75, false));
        assertThat(logo().slots()).isEmpty();
        assertThat(logo().settingsFor(SMALL).paddingPercent()).isEqualTo(12.5);
    }

    @Test
    void sharpeningIsOffByDefaultAndCanBeSetForEverySlotOrOverriddenForOne() {
        assertThat(model.sharpenProperty().get()).isFalse();
        assertThat(logo().settingsFor(SMALL).sharpen()).isFalse();

        model.sharpenProperty().set(true);
        assertThat(logo().defaults().sharpen()).isTrue();
        assertThat(logo().settingsFor(WIDE).sharpen()).isTrue();

        model.selectedSlotProperty().set(WIDE);
        model.overrideSelectedSlot();
        assertThat(model.sharpenProperty().get()).as("the override starts from the defaults").isTrue();
        model.sharpenProperty().set(false);
        assertThat(logo().settingsFor(WIDE).sharpen()).isFalse();
        assertThat(logo().settingsFor(SMALL).sharpen()).isTrue();

        model.selectedSlotProperty().set(null);
        assertThat(model.sharpenProperty().get()).as("the controls show the defaults again").isTrue();
        session.undo();
        assertThat(logo().settingsFor(WIDE).sharpen()).isTrue();
    }

    @Test
    void paddingIsKeptWithinZeroToFortyFivePercent() {
        model.paddingProperty().set(80);
        assertThat(logo().defaults().paddingPercent()).isEqualTo(45.0);
    }

    @Test
    void aSliderDragIsOneUndoStep() {
        double before = logo().defaults().paddingPercent();
        for (double p = 1; p <= 20; p++) {
            model.paddingProperty().set(p);
        }
        model.trimProperty().set(true);
        session.undo();
        assertThat(logo().defaults().trim()).isFalse();
        assertThat(logo().defaults().paddingPercent()).isEqualTo(20.0);
        session.undo();
        assertThat(logo().defaults().paddingPercent()).isEqualTo(before);
        assertThat(model.paddingProperty().get()).as("the control follows undo").isEqualTo(before);
    }

    @Test
    void aDragOnAnotherSlotsSettingsIsAnotherUndoStep() {
        model.selectedSlotProperty().set(SMALL);
        model.overrideSelectedSlot();
        model.paddingProperty().set(4);
        model.paddingProperty().set(5);
        model.selectedSlotProperty().set(null);
        model.paddingProperty().set(20);
        model.paddingProperty().set(21);

        session.undo();
        assertThat(logo().defaults().paddingPercent()).isNotEqualTo(21.0);
        assertThat(logo().settingsFor(SMALL).paddingPercent()).as("the slot's own drag is still there").isEqualTo(5.0);
    }

    @Test
    void aSelectedSlotFollowsTheDefaultsUntilOverridden() {
        model.selectedSlotProperty().set(SMALL);
        assertThat(model.slotOverriddenProperty().get()).isFalse();
        model.paddingProperty().set(10);
        assertThat(logo().defaults().paddingPercent()).isEqualTo(10.0);
        assertThat(logo().slots()).doesNotContainKey(SMALL);
    }

    @Test
    void anOverriddenSlotHasItsOwnSettingsAndTheOthersKeepTheDefaults() {
        model.paddingProperty().set(10);
        model.selectedSlotProperty().set(SMALL);
        model.overrideSelectedSlot();
        assertThat(model.slotOverriddenProperty().get()).isTrue();
        assertThat(model.scopeTextBinding().get()).contains("its own settings");

        model.paddingProperty().set(4);
        model.backgroundProperty().set("#2563EB");

        assertThat(logo().settingsFor(SMALL).paddingPercent()).isEqualTo(4.0);
        assertThat(logo().settingsFor(SMALL).background()).hasToString("#2563EB");
        assertThat(logo().defaults().paddingPercent()).isEqualTo(10.0);
        assertThat(logo().settingsFor(WIDE).paddingPercent()).isEqualTo(10.0);
        assertThat(logo().settingsFor(WIDE).isTransparent()).isTrue();

        model.selectedSlotProperty().set(null);
        assertThat(model.paddingProperty().get()).as("the controls show the defaults again").isEqualTo(10.0);
    }

    @Test
    void resetToDefaultsDropsTheSlotsSettings() {
        model.selectedSlotProperty().set(SMALL);
        model.overrideSelectedSlot();
        model.paddingProperty().set(30);
        model.resetSelectedSlot();

        assertThat(logo().slots()).doesNotContainKey(SMALL);
        assertThat(logo().settingsFor(SMALL)).isEqualTo(logo().settingsFor(WIDE));
        assertThat(model.paddingProperty().get()).isEqualTo(logo().defaults().paddingPercent());
        session.undo();
        assertThat(logo().settingsFor(SMALL).paddingPercent()).isEqualTo(30.0);
    }

    @Test
    void aSlotImageIsLoadedForTheSelectedSlotOnly() {
        Path mark = dir.resolve("mark.png");
        model.useAlternateSource(mark);
        assertThat(loads).as("no slot selected: the defaults cannot take an image").isEmpty();
        model.selectedSlotProperty().set(SMALL);
        model.useAlternateSource(mark);
        assertThat(loads).containsExactly(SMALL + " mark.png");
    }
}
