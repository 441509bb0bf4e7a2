package io.offerkit.text.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTrips() throws Exception {
        LintSettings settings = new LintSettings(Map.of("word-rules", LintLevel.ERROR, "placeholder-text", LintLevel.OFF),
                List.of("free", "#1"), List.of("free trial"));
        Path file = dir.resolve("prefs").resolve("lint-settings.json");
        LintSettingsFile.write(settings, file);
        assertThat(LintSettingsFile.read(file)).isEqualTo(settings);
    }

    @Test
    void aMissingOrBrokenFileMeansTheDefaults() throws Exception {
        assertThat(LintSettingsFile.read(dir.resolve("none.json"))).isEqualTo(LintSettings.defaults());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"levels\": {\"word-rules\": \"LOUD\"}");
        assertThat(LintSettingsFile.read(broken)).isEqualTo(LintSettings.defaults());
    }
}
