package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import io.offerkit.common.Json;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
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

    /** ProfileReader binds by hand (no ObjectMapper on a cold start): whatever both accept, both read alike. */
    @Test
    void profileReadsAsDatabindReadsIt() {
        FuzzTries.forEachCase("profileReadsAsDatabindReadsIt", edits -> {
            byte[] data = Mutations.apply(PROFILE, edits);
            Profile byHand;
            try {
                byHand = ProfileReader.read(new ByteArrayInputStream(data), "fuzz-profile.json");
            } catch (ProfileException e) {
                byHand = null;
            }
            Profile databind;
            try {
                databind = Json.mapper().readValue(data, Profile.class);
            } catch (IOException | RuntimeException e) {
                databind = null;
            }
            if (byHand != null && databind != null) {
                assertThat(byHand).isEqualTo(databind);
            }
        });
    }
}
