package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileReader;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deeply nested JSON in project and profile files is refused at Json's nesting limit (64) as a typed error, quickly
 * and without a StackOverflowError, while ordinary nesting inside the limit still reads.
 */
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class NestingBombTest {
    private static final String HEADER = "{\"format\":\"offerkit-project\",\"formatVersion\":1,\"profileId\":\"appsource-d365-ce-2019\",";

    @TempDir
    Path dir;

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void projectNestedBeyondTheLimitIsRefused() throws Exception {
        for (int depth : new int[] {65, 1_000, 200_000}) {
            Path file = dir.resolve("deep-" + depth + ".offerkit");
            Files.writeString(file, HEADER + "\"extra\":" + nested(depth) + "}", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ProjectFiles.read(file)).isInstanceOf(ProjectException.class)
                    .hasMessageContaining("nesting depth");
        }
    }

    @Test
    void projectNestedWithinTheLimitReads() throws Exception {
        Path file = dir.resolve("fine.offerkit");
        // 60 levels inside the root object: an unknown field, ignored by design for forward compatibility.
        Files.writeString(file, HEADER + "\"extra\":" + nested(60) + "}", StandardCharsets.UTF_8);
        Project project = ProjectFiles.read(file);
        assertThat(project.profileId()).isEqualTo("appsource-d365-ce-2019");
    }

    @Test
    void profileNestedBeyondTheLimitIsRefused() {
        for (int depth : new int[] {65, 200_000}) {
            byte[] json = ("{\"id\":\"deep\",\"extra\":" + nested(depth) + "}").getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> ProfileReader.read(new ByteArrayInputStream(json), "deep.json"))
                    .isInstanceOf(ProfileException.class)
                    .hasMessageContaining("nesting depth");
        }
    }
}
