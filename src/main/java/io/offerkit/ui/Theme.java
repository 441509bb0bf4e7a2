package io.offerkit.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The colour theme the user chose in View > Theme. {@link #SYSTEM} follows the desktop where that can be read
 * (on Linux a {@code GTK_THEME} naming a dark variant, e.g. {@code Adwaita:dark}); otherwise it is light.
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
        return switch (this) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> desktopPrefersDark(environment);
        };
    }

    static boolean desktopPrefersDark(Map<String, String> environment) {
        String gtk = environment.getOrDefault("GTK_THEME", "");
        return gtk.toLowerCase(Locale.ROOT).contains("dark");
    }
}
