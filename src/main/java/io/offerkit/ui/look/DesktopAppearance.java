package io.offerkit.ui.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop asks for dark applications, read the way each desktop publishes it: GNOME's
 * {@code color-scheme} setting (and a dark {@code GTK_THEME}), Windows' "apps use light theme" registry value and
 * macOS's interface style. JavaFX 21 has no API for it. Reading runs a small command, so the app does it off the
 * FX thread and applies the answer when it arrives; anything unreadable counts as "no preference" (light).
 */
public final class DesktopAppearance {
    /** Runs a command and returns its standard output, or empty when it cannot run, fails or takes too long. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    private DesktopAppearance() {
    }

    public static boolean prefersDark(String osName, Map<String, String> environment, CommandRunner runner) {
        if (Theme.desktopPrefersDark(environment)) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return runner.run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\s.*")).orElse(false);
        }
        if (os.contains("mac")) {
            return runner.run(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        return runner.run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"))
                .map(out -> out.contains("prefer-dark")).orElse(false);
    }

    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv(), DesktopAppearance::runQuietly);
    }

    /** At most two seconds; a desktop without the command (a server, a CI machine) answers at once with empty. */
    static Optional<String> runQuietly(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                process.getOutputStream().close();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
