package io.offerkit.common;

import java.nio.file.Path;

/**
 * Where OfferKit keeps this user's own files (the demo, preferences): {@code ~/.offerkit}, or {@code offerkit.home}
 * when set. One place, so the app and the command line read the same preferences.
 */
public final class UserData {
    private UserData() {
    }

    public static Path dir() {
        String home = System.getProperty("offerkit.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".offerkit");
    }
}
