package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartProjectTest {
    @TempDir
    Path dir;

    private RecentProjects recent() {
        return new RecentProjects(dir.resolve("data"));
    }

    private Path project(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{}");
    }

    @Test
    void theVeryFirstStartOpensTheDemo() {
        StartProject start = StartProject.choose(Optional.empty(), recent());
        assertThat(start.kind()).isEqualTo(StartProject.Kind.FIRST_START);
    }

    @Test
    void aPlainStartReopensTheLastProject() throws Exception {
        recent().add(project("older.offerkit"));
        Path last = project("last.offerkit");
        recent().add(last);

        StartProject start = StartProject.choose(Optional.empty(), recent());

        assertThat(start.kind()).isEqualTo(StartProject.Kind.LAST);
        assertThat(start.file()).isEqualTo(last.toAbsolutePath().normalize());
    }

    @Test
    void aProjectNamedOnTheCommandLineWins() throws Exception {
        recent().add(project("last.offerkit"));
        Path named = dir.resolve("named.offerkit");

        StartProject start = StartProject.choose(Optional.of(named), recent());

        assertThat(start.kind()).isEqualTo(StartProject.Kind.NAMED);
        assertThat(start.file()).isEqualTo(named);
    }

    @Test
    void aLastProjectThatWasMovedOrDeletedIsNamedAndNotOpened() throws Exception {
        Path last = project("moved.offerkit");
        recent().add(last);
        Files.delete(last);

        StartProject start = StartProject.choose(Optional.empty(), recent());

        assertThat(start.kind()).isEqualTo(StartProject.Kind.LAST_GONE);
        assertThat(start.file()).isEqualTo(last.toAbsolutePath().normalize());
    }
}
