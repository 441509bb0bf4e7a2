package io.offerkit.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastFolderTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        LastFolder.use(null);
    }

    @Test
    void aFileChosenInOneSectionStartsTheNextChooserAnywhereInItsFolder() throws Exception {
        LastFolder.use(new UserPreferences(dir.resolve("prefs")));
        Path logos = Files.createDirectories(dir.resolve("brand").resolve("logos"));
        File chosen = Files.writeString(logos.resolve("logo.svg"), "<svg/>").toFile();

        assertThat(LastFolder.remember(chosen)).isSameAs(chosen);
        assertThat(LastFolder.in(new FileChooser()).getInitialDirectory()).isEqualTo(logos.toFile());
        assertThat(LastFolder.in(new DirectoryChooser()).getInitialDirectory()).isEqualTo(logos.toFile());
        // Remembered across runs: a new preferences object reads the same file.
        LastFolder.use(new UserPreferences(dir.resolve("prefs")));
        assertThat(LastFolder.in(new FileChooser()).getInitialDirectory()).isEqualTo(logos.toFile());
    }

    @Test
    void aChooserWithAFolderOfItsOwnKeepsItAndCancellingRemembersNothing() throws Exception {
        LastFolder.use(new UserPreferences(dir.resolve("prefs")));
        Path first = Files.createDirectories(dir.resolve("first"));
        LastFolder.remember(List.of(Files.writeString(first.resolve("a.png"), "x").toFile()));
        assertThat(LastFolder.remember((File) null)).isNull();
        assertThat(LastFolder.remember(List.of())).isEmpty();
        assertThat(LastFolder.in(new FileChooser()).getInitialDirectory()).isEqualTo(first.toFile());

        FileChooser own = new FileChooser();
        own.setInitialDirectory(dir.toFile());
        assertThat(LastFolder.in(own).getInitialDirectory()).isEqualTo(dir.toFile());
    }

    @Test
    void withoutPreferencesNothingIsRememberedOrSet() throws Exception {
        LastFolder.remember(Files.writeString(dir.resolve("b.png"), "x").toFile());
        assertThat(LastFolder.in(new FileChooser()).getInitialDirectory()).isNull();
    }
}
