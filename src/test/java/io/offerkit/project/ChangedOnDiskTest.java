package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file changed by another program while it is open: a save never overwrites that change silently. The
 * stamp of the bytes read or written is compared with the file's content before each save.
 */
class ChangedOnDiskTest {
    @TempDir
    Path dir;

    private static Project named(String name) {
        return Project.empty("appsource-d365-ce-2019").withAppName(name);
    }

    @Test
    void aStampSeesReplacedTruncatedAndDeletedFilesButNotATouch() throws Exception {
        Path file = Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        FileStamp stamp = FileStamp.read(file).orElseThrow();
        assertThat(stamp.compare(file)).isEqualTo(FileStamp.Change.UNCHANGED);

        Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.modifiedMillis() + 5_000));
        assertThat(stamp.compare(file)).as("touched, same bytes").isEqualTo(FileStamp.Change.UNCHANGED);

        Files.writeString(file, "<svg/");
        assertThat(stamp.compare(file)).as("truncated").isEqualTo(FileStamp.Change.CHANGED);

        Files.writeString(file, "<svX/>");
        Files.setLastModifiedTime(file, FileTime.fromMillis(stamp.modifiedMillis()));
        assertThat(stamp.compare(file)).as("same size and time, other bytes: not seen by the quick look")
                .isEqualTo(FileStamp.Change.UNCHANGED);
        assertThat(stamp.compareContent(file)).as("but seen by the content check a save uses")
                .isEqualTo(FileStamp.Change.CHANGED);

        Files.delete(file);
        assertThat(stamp.compare(file)).isEqualTo(FileStamp.Change.MISSING);
        Files.createDirectory(file);
        assertThat(stamp.compare(file)).as("a folder in its place").isEqualTo(FileStamp.Change.MISSING);
    }

    @Test
    void openStampsTheVeryBytesItParsed() throws Exception {
        Path file = dir.resolve("p.offerkit");
        ProjectFiles.write(named("Mine"), file);
        ProjectFiles.Opened opened = ProjectFiles.open(file);
        assertThat(opened.project().appName()).isEqualTo("Mine");
        assertThat(opened.stamp().sha256()).isEqualTo(FileStamp.sha256(Files.readAllBytes(file)));
        assertThat(opened.stamp().compareContent(file)).isEqualTo(FileStamp.Change.UNCHANGED);
    }

    @Test
    void aSaveOverAFileChangedByAnotherProgramIsRefusedAndWritesNothing() throws Exception {
        Path file = dir.resolve("p.offerkit");
        FileStamp mine = ProjectFiles.write(named("Mine"), file, null);
        ProjectFiles.write(named("Theirs"), file); // a colleague's sync, another window...
        byte[] theirs = Files.readAllBytes(file);

        assertThatThrownBy(() -> ProjectFiles.write(named("Mine, edited"), file, mine))
                .isInstanceOf(ProjectChangedOnDiskException.class)
                .hasMessageContaining("p.offerkit was changed by another program")
                .hasMessageContaining("p (mine).offerkit");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void aSaveOverTheFileItLastWroteGoesThroughAndChainsStamps() throws Exception {
        Path file = dir.resolve("p.offerkit");
        FileStamp first = ProjectFiles.write(named("One"), file, null);
        FileStamp second = ProjectFiles.write(named("Two"), file, first);
        FileStamp third = ProjectFiles.write(named("Three"), file, second);
        assertThat(ProjectFiles.read(file).appName()).isEqualTo("Three");
        assertThat(third.compareContent(file)).isEqualTo(FileStamp.Change.UNCHANGED);
    }

    @Test
    void aSaveAfterTheFileWasDeletedWritesItAgain() throws Exception {
        Path file = dir.resolve("p.offerkit");
        FileStamp stamp = ProjectFiles.write(named("One"), file, null);
        Files.delete(file);
        ProjectFiles.write(named("Two"), file, stamp);
        assertThat(ProjectFiles.read(file).appName()).isEqualTo("Two");
    }

    @Test
    void asideNamesDoNotOverwriteAnything() throws Exception {
        Path file = dir.resolve("Contoso.offerkit");
        assertThat(ProjectFiles.asideOf(file).getFileName().toString()).isEqualTo("Contoso (mine).offerkit");
        Files.writeString(dir.resolve("Contoso (mine).offerkit"), "{}", StandardCharsets.UTF_8);
        assertThat(ProjectFiles.asideOf(file).getFileName().toString()).isEqualTo("Contoso (mine 2).offerkit");
    }
}
