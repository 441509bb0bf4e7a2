package io.offerkit.ui.logos;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import io.offerkit.ui.session.WorkingCopies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveLogoSetTest {
    @TempDir
    Path dir;
    ProjectSession session;
    HeldWork held = new HeldWork();
    LiveLogoSet logos;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        logos = new LiveLogoSet(session, held);
        held.runAll();
    }

    private void padding(double value) {
        session.update(p -> p.withLogo(p.logo().withDefaults(p.logo().defaults().withPaddingPercent(value))));
    }

    @Test
    void editsDuringARenderAreCoalescedAndOnlyTheNewestIsShown() {
        List<LogoSet> shown = new ArrayList<>();
        logos.logoSetProperty().addListener((obs, old, now) -> shown.add(now));
        padding(5);
        padding(10);
        padding(15);
        padding(20);
        assertThat(held.pending()).as("one render at a time").isEqualTo(1);

        held.runNext(); // the render for 5 % finishes late: stale, not shown; the newest starts
        assertThat(shown).isEmpty();
        assertThat(logos.isRendering()).isTrue();
        held.runAll();

        assertThat(shown).hasSize(1);
        assertThat(logos.isRendering()).isFalse();
        LogoSet expected = LogoSetRenderer.render(session.profile(), session.project().logo(),
                path -> logos.workingCopies().get(path, WorkingCopies.maxSide(session.profile())));
        int[] got = shown.get(0).slots().get("small-40x40").image().getRGB(0, 0, 40, 40, null, 0, 40);
        int[] want = expected.slots().get("small-40x40").image().getRGB(0, 0, 40, 40, null, 0, 40);
        assertThat(got).isEqualTo(want);
    }

    @Test
    void previewsRenderFromAWorkingCopyTwiceTheLargestSlotButReportTheOriginal() throws Exception {
        int maxSide = WorkingCopies.maxSide(session.profile());
        assertThat(maxSide).isEqualTo(510);
        var copy = logos.workingCopies().get(Path.of(session.project().logo().source()), maxSide);
        assertThat(Math.max(copy.width(), copy.height())).isEqualTo(510);
        assertThat(logos.sourceFactsProperty().get().width()).isEqualTo(1024);
    }

    @Test
    void eachSlotsPngSizeIsMeasured() {
        assertThat(logos.byteSizesProperty().get()).containsOnlyKeys("small-40x40", "medium-90x90", "large-115x115",
                "wide-255x115");
        assertThat(logos.byteSizesProperty().get().values()).allMatch(size -> size > 60);
    }
}
