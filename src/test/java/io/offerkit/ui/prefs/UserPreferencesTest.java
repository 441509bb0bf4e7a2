package io.offerkit.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.ui.look.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void defaultsWhenNothingIsStored() {
        UserPreferences prefs = new UserPreferences(dir);
        assertThat(prefs.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(prefs.windowBounds()).isEmpty();
        assertThat(prefs.lastFolder()).isEmpty();
        assertThat(dir.resolve(UserPreferences.FILE_NAME)).doesNotExist();
    }

    @Test
    void choicesSurviveARestart() throws Exception {
        Path projects = Files.createDirectories(dir.resolve("projects"));
        UserPreferences prefs = new UserPreferences(dir);
        prefs.setTheme(Theme.DARK);
        prefs.setWindowBounds(new WindowBounds(40, 30, 1100, 700, true));
        prefs.rememberFolderOf(projects.resolve("offer.offerkit"));

        UserPreferences again = new UserPreferences(dir);
        assertThat(again.theme()).isEqualTo(Theme.DARK);
        assertThat(again.windowBounds()).contains(new WindowBounds(40, 30, 1100, 700, true));
        assertThat(again.lastFolder()).contains(projects.toAbsolutePath().normalize());
    }

    @Test
    void aChosenFolderIsRememberedItself() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        UserPreferences prefs = new UserPreferences(dir);
        prefs.rememberFolderOf(exports);
        assertThat(new UserPreferences(dir).lastFolder()).contains(exports.toAbsolutePath().normalize());
    }

    @Test
    void aFolderThatHasGoneIsForgotten() throws Exception {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        UserPreferences prefs = new UserPreferences(dir);
        prefs.rememberFolderOf(gone);
        Files.delete(gone);
        assertThat(new UserPreferences(dir).lastFolder()).isEmpty();
    }

    @Test
    void brokenValuesFallBackToDefaults() throws Exception {
        Files.writeString(dir.resolve(UserPreferences.FILE_NAME),
                "theme=sepia\nwindow.x=10\nwindow.y=abc\nwindow.width=800\nwindow.height=600\n");
        UserPreferences prefs = new UserPreferences(dir);
        assertThat(prefs.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(prefs.windowBounds()).isEmpty();
    }

    @Test
    void anUnwritableFolderOnlyMeansNothingIsRemembered() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        UserPreferences prefs = new UserPreferences(file);
        prefs.setTheme(Theme.LIGHT);
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        assertThat(new UserPreferences(file).theme()).isEqualTo(Theme.SYSTEM);
    }

    @Test
    void boundsAreUsableOnlyWhenTheTitleBarIsOnAScreen() {
        List<double[]> screen = List.of(new double[] {0, 0, 1280, 800});
        assertThat(new WindowBounds(100, 100, 800, 600, false).visibleOn(screen)).isTrue();
        assertThat(new WindowBounds(1250, 100, 800, 600, false).visibleOn(screen)).isFalse();
        assertThat(new WindowBounds(100, -500, 800, 600, false).visibleOn(screen)).isFalse();
        assertThat(new WindowBounds(3000, 100, 800, 600, false).visibleOn(screen)).isFalse();
    }
}
