package io.offerkit.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.look.Theme;
import io.offerkit.ui.shell.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    @Test
    void readsOpenAndScreenshot() {
        LaunchOptions options = LaunchOptions.parse(List.of("--open=/tmp/a.offerkit", "--screenshot=docs/s.png"));
        assertThat(options.open()).contains(Path.of("/tmp/a.offerkit"));
        assertThat(options.screenshot()).contains(Path.of("docs/s.png"));
        assertThat(options.section()).isEmpty();
    }

    @Test
    void readsTheFirstSection() {
        assertThat(LaunchOptions.parse(List.of("--section=Description")).section()).contains("Description");
        assertThat(Section.named("description")).contains(Section.DESCRIPTION);
        assertThat(Section.named("nope")).isEmpty();
    }

    @Test
    void noArgumentsMeansTheDemoAndAWindow() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertThat(options.open()).isEmpty();
        assertThat(options.screenshot()).isEmpty();
    }

    @Test
    void appOrCommandLine() {
        assertThat(LaunchOptions.startsTheApp(List.of())).isTrue();
        assertThat(LaunchOptions.startsTheApp(List.of("--section=logos", "--screenshot=a.png"))).isTrue();
        assertThat(LaunchOptions.startsTheApp(List.of("/home/me/offer.offerkit"))).isTrue();
        assertThat(LaunchOptions.parse(List.of("/home/me/offer.offerkit")).open())
                .contains(Path.of("/home/me/offer.offerkit"));
        assertThat(LaunchOptions.startsTheApp(List.of("check", "offer.offerkit"))).isFalse();
        assertThat(LaunchOptions.startsTheApp(List.of("--help"))).isFalse();
        assertThat(LaunchOptions.startsTheApp(List.of("--version"))).isFalse();
    }

    @Test
    void readsTheZoomAndTheFilesToCheck() {
        List<String> args = List.of("--section=inspect", "--zoom=4", "--inspect=a.png", "--inspect=logos");
        assertThat(LaunchOptions.startsTheApp(args)).isTrue();
        assertThat(LaunchOptions.zoom(args)).hasValue(4);
        assertThat(LaunchOptions.zoom(List.of("--zoom=12"))).isEmpty();
        assertThat(LaunchOptions.inspect(args)).containsExactly(Path.of("a.png"), Path.of("logos"));
    }

    @Test
    void readsTheThemeAndTheStartupProbe() {
        List<String> args = List.of("--theme=dark", "--print-startup");
        assertThat(LaunchOptions.startsTheApp(args)).isTrue();
        assertThat(LaunchOptions.theme(args)).contains(Theme.DARK);
        assertThat(LaunchOptions.theme(List.of("--theme=sepia"))).isEmpty();
        assertThat(LaunchOptions.printStartup(args)).isTrue();
        assertThat(LaunchOptions.printStartup(List.of("--theme=light"))).isFalse();
    }
}
