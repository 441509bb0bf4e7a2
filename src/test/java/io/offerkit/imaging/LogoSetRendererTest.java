package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSetRenderer.Made;
import io.offerkit.imaging.source.ArgbPixels;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Fit;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotBackground;
import io.offerkit.project.SlotSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class LogoSetRendererTest {
    private static final Profile PROFILE = profile();
    private static final SourceImage LOGO = TestImages.source(TestImages.logo(900, 500, false));
    private static final LogoSettings SETTINGS = LogoSettings.empty().withSource("/a/logo.png")
            .withDefaults(SlotSettings.defaults().withPaddingPercent(6.0)
                    .withBackground(SlotBackground.read("#336699")))
            .withSlot("small-40x40", SlotSettings.none().withFit(Fit.COVER));

    private static Profile profile() {
        try {
            return ProfileRegistry.builtIn(ProfileRegistry.DEFAULT_PROFILE_ID);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void slotsSpreadOverAPoolAreTheSlotsMadeInTurnInTheProfilesOrder() throws Exception {
        LogoSet inTurn = LogoSetRenderer.render(PROFILE, SETTINGS, path -> LOGO);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Made<int[]> spread = LogoSetRenderer.render(PROFILE, SETTINGS, path -> LOGO, pool,
                    slot -> ArgbPixels.of(slot.image()));
            assertThat(spread.slots().keySet()).containsExactlyElementsOf(
                    PROFILE.imageSlots().stream().map(ImageSlot::id).toList());
            assertThat(inTurn.slots().keySet()).containsExactlyElementsOf(spread.slots().keySet());
            for (Map.Entry<String, int[]> slot : spread.slots().entrySet()) {
                assertThat(slot.getValue()).as(slot.getKey())
                        .isEqualTo(ArgbPixels.of(inTurn.slot(slot.getKey()).orElseThrow().image()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLargestSlotStartsFirstSoTheLongestDoesNotStartLast() {
        List<String> started = new ArrayList<>();
        LogoSetRenderer.render(PROFILE, SETTINGS, path -> LOGO, Runnable::run, slot -> started.add(slot.slotId()));
        List<String> largestFirst = PROFILE.imageSlots().stream()
                .sorted(Comparator.comparingLong((ImageSlot s) -> (long) s.width() * s.height()).reversed())
                .map(ImageSlot::id).toList();
        assertThat(started).containsExactlyElementsOf(largestFirst);
    }

    @Test
    void aSourceThatDoesNotDecodeIsAProblemOfItsSlotsOnly() {
        LogoSettings withBadMark = SETTINGS.withAlternateSource("small-40x40", "/a/broken.png");
        LogoSet set = LogoSetRenderer.render(PROFILE, withBadMark, path -> {
            if (path.endsWith("broken.png")) {
                throw new ImagingException("broken.png is damaged.");
            }
            return LOGO;
        });
        assertThat(set.problems()).containsOnly(Map.entry("small-40x40", "broken.png is damaged."));
        assertThat(set.slots()).hasSize(PROFILE.imageSlots().size() - 1);
        assertThat(LogoSetRenderer.render(PROFILE, LogoSettings.empty(), path -> LOGO).problems())
                .hasSize(PROFILE.imageSlots().size()).containsValue("No logo loaded yet.");
    }
}
