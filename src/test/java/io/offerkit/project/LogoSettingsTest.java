package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules for per-slot settings (once the logo UI's SlotOverrides), as plain functions of the value. */
class LogoSettingsTest {
    private static final String SMALL = "small-40x40";
    private static final String WIDE = "wide-255x115";

    private final LogoSettings logo = LogoSettings.empty().withSource("/a/logo.png")
            .withDefaults(SlotSettings.defaults().withPaddingPercent(5.0).withFit(Fit.COVER));

    @Test
    void anAlternateSourceAloneIsNoOverride() {
        LogoSettings withMark = logo.withAlternateSource(SMALL, "/a/mark.png");
        assertThat(withMark.hasOwnSettings(SMALL)).isFalse();
        assertThat(withMark.alternateSource(SMALL)).isEqualTo("/a/mark.png");
        assertThat(withMark.settingsFor(SMALL).source()).isEqualTo("/a/mark.png");
        assertThat(withMark.alternateSource(WIDE)).isNull();
        assertThat(withMark.hasOwnSettings(null)).isFalse();
        assertThat(withMark.alternateSource(null)).isNull();
        assertThat(withMark.withSlot(SMALL, SlotSettings.none().withSharpen(true)).hasOwnSettings(SMALL)).isTrue();
    }

    @Test
    void overridingStartsFromWhatTheSlotShowsSoNothingVisiblyChanges() {
        LogoSettings withMark = logo.withAlternateSource(SMALL, "/a/mark.png");
        LogoSettings own = withMark.withOwnSettings(SMALL);
        assertThat(own.hasOwnSettings(SMALL)).isTrue();
        assertThat(own.settingsFor(SMALL)).isEqualTo(withMark.settingsFor(SMALL));
        assertThat(own.slots().get(SMALL).source()).isEqualTo("/a/mark.png");
        assertThat(own.withOwnSettings(SMALL)).isSameAs(own);
    }

    @Test
    void anEditGoesToTheSlotsOwnSettingsOrElseToTheDefaults() {
        LogoSettings followed = logo.edit(SMALL, s -> s.withPaddingPercent(9.0));
        assertThat(followed.defaults().paddingPercent()).isEqualTo(9.0);
        assertThat(followed.slots()).isEmpty();
        assertThat(followed.editedSettings(SMALL)).isEqualTo(followed.defaults());

        LogoSettings own = logo.withOwnSettings(SMALL).edit(SMALL, s -> s.withPaddingPercent(20.0));
        assertThat(own.defaults().paddingPercent()).isEqualTo(5.0);
        assertThat(own.settingsFor(SMALL).paddingPercent()).isEqualTo(20.0);
        assertThat(own.settingsFor(WIDE).paddingPercent()).isEqualTo(5.0);
        assertThat(own.editedSettings(SMALL).paddingPercent()).isEqualTo(20.0);
        assertThat(own.editedSettings(null)).isEqualTo(own.defaults());
    }

    @Test
    void resetDropsTheSettingsButKeepsTheAlternateSource() {
        LogoSettings own = logo.withAlternateSource(SMALL, "/a/mark.png").withOwnSettings(SMALL)
                .edit(SMALL, s -> s.withBackground(SlotBackground.read("#FFFFFF")));
        LogoSettings reset = own.withSlotReset(SMALL);
        assertThat(reset.hasOwnSettings(SMALL)).isFalse();
        assertThat(reset.slots().get(SMALL)).isEqualTo(SlotSettings.none().withSource("/a/mark.png"));
        assertThat(reset.settingsFor(SMALL).isTransparent()).isTrue();
        assertThat(logo.withOwnSettings(WIDE).withSlotReset(WIDE).slots()).isEmpty();
    }

    @Test
    void removingTheAlternateSourceKeepsTheSlotsSettingsAndDropsAnEmptyEntry() {
        LogoSettings own = logo.withOwnSettings(SMALL).withAlternateSource(SMALL, "/a/mark.png");
        LogoSettings back = own.withAlternateSource(SMALL, null);
        assertThat(back.hasOwnSettings(SMALL)).isTrue();
        assertThat(back.settingsFor(SMALL).source()).isEqualTo("/a/logo.png");
        assertThat(logo.withAlternateSource(SMALL, "/a/mark.png").withAlternateSource(SMALL, null).slots()).isEmpty();
    }

    @Test
    void focusIsOneEditOfBothAxesAndPartOfTheTypedSettings() {
        SlotSettings focused = SlotSettings.defaults().withFocus(0.2, 0.9);
        assertThat(focused.focusX()).isEqualTo(0.2);
        assertThat(focused.focusY()).isEqualTo(0.9);
        assertThat(focused.withFocus(null, null).resolved()).isEqualTo(SlotSettings.defaults());
    }

    @Test
    void theDefaultsAreAlwaysResolvedSoARendererNeedNoFallbacks() {
        LogoSettings partial = new LogoSettings("/a/logo.png", SlotSettings.none().withPaddingPercent(3.0), null);
        SlotSettings resolved = partial.settingsFor(WIDE);
        assertThat(resolved.fit()).isEqualTo(Fit.CONTAIN);
        assertThat(resolved.paddingPercent()).isEqualTo(3.0);
        assertThat(resolved.background()).isEqualTo(SlotBackground.TRANSPARENT);
        assertThat(resolved.alignment()).isEqualTo(Alignment.CENTER);
        assertThat(resolved.focusX()).isEqualTo(0.5);
        assertThat(resolved.trim()).isFalse();
        assertThat(resolved.sharpen()).isFalse();
    }
}
