package io.offerkit.ui.look;

import io.offerkit.ui.fx.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The colour theme the user chose in View > Theme. {@link #SYSTEM} follows the desktop where that can be read
 * ({@link DesktopAppearance}: GNOME's colour scheme or a dark {@code GTK_THEME}, Windows' app mode, macOS's
 * interface style); otherwise it is light.
 */
public enum Theme {
    SYSTEM("theme.system"), LIGHT("theme.light"), DARK("theme.dark");

    private final String titleKey;

    Theme(String titleKey) {
        this.titleKey = titleKey;
    }

    public String title() {
        return Messages.text(titleKey);
    }

    /** {@code system}, {@code light} or {@code dark}, any case; anything else is empty. */
    public static Optional<Theme> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** Whether this choice shows the dark stylesheet, given the environment the app runs in. */
    public boolean isDark(Map<String, String> environment) {
        return isDark(desktopPrefersDark(environment));
    }

    /** Whether this choice is dark when the desktop does or does not ask for dark apps. */
    public boolean isDark(boolean desktopDark) {
        return switch (this) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> desktopDark;
        };
    }

    /** The quick answer from the environment alone; {@link DesktopAppearance} asks the desktop itself. */
    public static boolean desktopPrefersDark(Map<String, String> environment) {
        String gtk = environment.getOrDefault("GTK_THEME", "");
        return gtk.toLowerCase(Locale.ROOT).contains("dark");
    }
}
