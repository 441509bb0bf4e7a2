package io.offerkit.ui.logos;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogosViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    LiveLogoSet logos;
    StatusMessages status = new StatusMessages();
    LogosViewModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        logos = new LiveLogoSet(session, BackgroundWork.direct());
        model = new LogosViewModel(session, logos, BackgroundWork.direct(), status);
    }

    @Test
    void rendersEverySlotOfTheProfileAtItsSize() {
        LogoSet set = logos.logoSet();
        assertThat(set.slots().keySet()).containsExactly("small-40x40", "medium-90x90", "large-115x115", "wide-255x115");
        assertThat(set.slots().get("wide-255x115").image().getWidth()).isEqualTo(255);
        assertThat(set.slots().get("wide-255x115").image().getHeight()).isEqualTo(115);
        assertThat(model.sourceTextBinding().get()).startsWith("logo.png — PNG 1024x1024");
    }

    @Test
    void aGoodImageBecomesTheSource() throws Exception {
        BufferedImage red = new BufferedImage(300, 300, BufferedImage.TYPE_INT_ARGB);
        red.setRGB(10, 10, 0xFFFF0000);
        Path file = Files.write(dir.resolve("other.png"), PngEncoder.encode(red));

        model.chooseSource(file);

        assertThat(session.project().logo().source()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(logos.sourceFactsProperty().get().width()).isEqualTo(300);
        assertThat(status.isError()).isFalse();
    }

    @Test
    void aBadImageIsReportedAndTheSourceKept() throws Exception {
        String before = session.project().logo().source();
        Path bogus = Files.writeString(dir.resolve("not-an-image.png"), "hello");

        model.chooseSource(bogus);

        assertThat(session.project().logo().source()).isEqualTo(before);
        assertThat(session.isDirty()).isFalse();
        assertThat(status.isError()).isTrue();
        assertThat(status.message()).startsWith("Logo not changed:").contains("not-an-image.png");
    }

    @Test
    void reRendersOnlyWhenLogoSettingsChange() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        logos.logoSetProperty().addListener((obs, old, now) -> renders.incrementAndGet());
        session.update(p -> p.withSummary("Another summary."));
        assertThat(renders).hasValue(0);
        session.update(p -> p.withLogo(p.logo().withDefaults(p.logo().defaults().withPaddingPercent(10.0))));
        assertThat(renders).hasValue(1);
    }

    @Test
    void zoomGoesFromActualPixelsToEightTimes() {
        assertThat(model.zoomFactor()).isEqualTo(1);
        model.zoomProperty().set(4);
        assertThat(model.zoomFactor()).isEqualTo(4);
        model.zoomProperty().set(20);
        assertThat(model.zoomFactor()).isEqualTo(8);
    }
}
