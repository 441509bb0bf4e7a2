package io.offerkit.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import io.offerkit.profile.ProfileReader;
import io.offerkit.project.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Damaged project files and profiles: a ProjectException or ProfileException, never a raw Jackson or NPE. */
class JsonFilesFuzzTest {
    private static Path dir;
    private static byte[] project;
    private static final byte[] PROFILE = Samples.profileJson();

    @BeforeAll
    static void writeDemo() throws IOException {
        dir = Files.createTempDirectory("offerkit-fuzz-json");
        project = Samples.projectFile(dir.resolve("demo"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TempDirs.delete(dir);
    }

    @Test
    void projectFile() {
        FuzzTries.forEachCase("projectFile", edits -> {
            // Beside the demo's files, so the relative paths a mutation leaves intact still resolve.
            Path file = dir.resolve("demo").resolve("fuzz.offerkit");
            Files.write(file, Mutations.apply(project, edits));
            Invariants.typedOrValid("ProjectFiles.read", () -> ProjectFiles.read(file));
        });
    }

    @Test
    void profile() {
        FuzzTries.forEachCase("profile", edits -> {
            byte[] data = Mutations.apply(PROFILE, edits);
            Invariants.typedOrValid("ProfileReader.read",
                    () -> ProfileReader.read(new ByteArrayInputStream(data), "fuzz-profile.json"));
        });
    }
}
