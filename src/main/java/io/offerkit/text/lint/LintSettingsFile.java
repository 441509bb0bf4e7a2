package io.offerkit.text.lint;

import io.offerkit.common.AtomicFiles;
import io.offerkit.common.Json;
import io.offerkit.common.UserData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's lint settings as a small JSON file (a per-user preference, not part of any project). A missing or broken
 * file means the defaults: a preference must never stop the app from starting.
 */
public final class LintSettingsFile {
    private LintSettingsFile() {
    }

    /** The user's settings file, which the app's lint settings dialog writes and {@code offerkit check} reads. */
    public static Path userFile() {
        return UserData.dir().resolve("lint-settings.json");
    }

    public static LintSettings read(Path file) {
        if (!Files.isRegularFile(file)) {
            return LintSettings.defaults();
        }
        try {
            LintSettings read = Json.mapper().readValue(file.toFile(), LintSettings.class);
            return read == null ? LintSettings.defaults() : read;
        } catch (IOException | RuntimeException e) {
            return LintSettings.defaults();
        }
    }

    public static void write(LintSettings settings, Path file) throws IOException {
        AtomicFiles.write(file, Json.mapper().writeValueAsBytes(settings));
    }
}
