package io.offerkit.ui.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off folder is a new one of OfferKit's, made once; deleting it takes what was rendered and nothing beside it. */
class HandoffFolderTest {
    @TempDir
    Path dir;

    @Test
    void theFolderIsNewAndOursAndGoesWithWhatWasRenderedIntoIt() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("offerkit-handoff-" + ProcessHandle.current().pid() + "-"));
        Path beside = Files.writeString(dir.resolve("user-notes.txt"), "mine");
        HandoffFolder handoff = new HandoffFolder(dir);

        Path folder = handoff.path();
        assertThat(handoff.path()).isEqualTo(folder);
        assertThat(folder).isNotEqualTo(earlier).hasParent(dir);
        assertThat(folder.getFileName().toString()).startsWith("offerkit-handoff-" + ProcessHandle.current().pid() + "-");
        Files.writeString(Files.createDirectories(folder.resolve("logos")).resolve("small-40x40.png"), "png");

        HandoffFolder.delete(folder);

        assertThat(folder).doesNotExist();
        assertThat(beside).hasContent("mine");
        assertThat(earlier).isDirectory();
    }
}
