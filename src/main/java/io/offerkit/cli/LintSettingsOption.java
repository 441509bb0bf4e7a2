package io.offerkit.cli;

import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.LintSettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The text checks' levels and word rules for {@code check} and {@code export}: by default the ones the user chose
 * in the app (so the command line and the checklist agree on "ready"), or a file given with {@code --lint-settings}.
 */
final class LintSettingsOption {
    @Option(names = "--lint-settings", paramLabel = "FILE",
            description = "Text check levels and word rules (JSON, as the app saves them; default: the app's own, in ~/.offerkit).")
    private Path file;

    /** The settings; null when a file was named that is not there (the caller says so and exits 2). */
    LintSettings read() {
        if (file == null) {
            return LintSettingsFile.read(LintSettingsFile.userFile());
        }
        return Files.isRegularFile(file) ? LintSettingsFile.read(file) : null;
    }

    String missing() {
        return "--lint-settings " + file + ": no such file";
    }
}
