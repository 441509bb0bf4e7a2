package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheLastEightNewestFirstWithoutDuplicates() {
        RecentProjects recent = new RecentProjects(dir.resolve("data"));
        assertThat(recent.list()).isEmpty();
        for (int i = 1; i <= 10; i++) {
            recent.add(dir.resolve("p" + i + ".offerkit"));
        }
        recent.add(dir.resolve("p5.offerkit"));

        assertThat(recent.list()).extracting(p -> p.getFileName().toString())
                .containsExactly("p5.offerkit", "p10.offerkit", "p9.offerkit", "p8.offerkit", "p7.offerkit",
                        "p6.offerkit", "p4.offerkit", "p3.offerkit");
        // A new instance (the next start) reads the same list.
        assertThat(new RecentProjects(dir.resolve("data")).list()).hasSize(RecentProjects.LIMIT);
    }

    @Test
    void aMissingProjectCanBeRemoved() throws Exception {
        RecentProjects recent = new RecentProjects(dir);
        Path kept = Files.writeString(dir.resolve("kept.offerkit"), "{}");
        Path gone = dir.resolve("gone.offerkit");
        recent.add(kept);
        recent.add(gone);
        assertThat(RecentProjects.exists(gone)).isFalse();
        recent.remove(gone);
        assertThat(recent.list()).containsExactly(kept.toAbsolutePath());
    }

    @Test
    void anUnreadableListIsEmptyNotAnError() throws Exception {
        Files.createDirectories(dir.resolve("recent-projects.txt"));
        RecentProjects recent = new RecentProjects(dir);
        assertThat(recent.list()).isEmpty();
        recent.add(dir.resolve("x.offerkit")); // cannot be stored; no exception
    }
}
