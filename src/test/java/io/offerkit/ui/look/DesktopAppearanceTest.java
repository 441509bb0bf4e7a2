package io.offerkit.ui.look;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DesktopAppearanceTest {
    private final List<List<String>> asked = new ArrayList<>();

    private DesktopAppearance.CommandRunner answering(String output) {
        return command -> {
            asked.add(command);
            return Optional.ofNullable(output);
        };
    }

    @Test
    void gnomeColourSchemeIsReadOnLinux() {
        assertThat(DesktopAppearance.prefersDark("Linux", Map.of(), answering("'prefer-dark'\n"))).isTrue();
        assertThat(asked.get(0)).containsExactly("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
        assertThat(DesktopAppearance.prefersDark("Linux", Map.of(), answering("'default'\n"))).isFalse();
        assertThat(DesktopAppearance.prefersDark("Linux", Map.of(), answering("'prefer-light'\n"))).isFalse();
    }

    @Test
    void aDarkGtkThemeAnswersWithoutAskingTheDesktop() {
        assertThat(DesktopAppearance.prefersDark("Linux", Map.of("GTK_THEME", "Adwaita:dark"), answering("'default'"))).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void windowsAppModeComesFromTheRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(DesktopAppearance.prefersDark("Windows 11", Map.of(), answering(dark))).isTrue();
        assertThat(asked.get(0)).startsWith("reg", "query");
        assertThat(DesktopAppearance.prefersDark("Windows 11", Map.of(), answering(dark.replace("0x0", "0x1")))).isFalse();
    }

    @Test
    void macOsInterfaceStyle() {
        assertThat(DesktopAppearance.prefersDark("Mac OS X", Map.of(), answering("Dark\n"))).isTrue();
        // Light mode: the key does not exist, `defaults` fails, which the runner reports as no answer.
        assertThat(DesktopAppearance.prefersDark("Mac OS X", Map.of(), answering(null))).isFalse();
    }

    @Test
    void aMissingCommandMeansLight() {
        assertThat(DesktopAppearance.runQuietly(List.of("offerkit-no-such-command-here"))).isEmpty();
        assertThat(DesktopAppearance.prefersDark("Linux", Map.of(), answering(null))).isFalse();
    }

    @Test
    void aRealCommandsOutputIsReturned() {
        assertThat(DesktopAppearance.runQuietly(List.of("sh", "-c", "echo prefer-dark"))).hasValueSatisfying(
                out -> assertThat(out).contains("prefer-dark"));
        assertThat(DesktopAppearance.runQuietly(List.of("sh", "-c", "exit 3"))).isEmpty();
    }
}
