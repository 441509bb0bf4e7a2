package io.offerkit.fuzz;

import io.offerkit.profile.ProfileReader;
import io.offerkit.project.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Damaged project files and profiles: a ProjectException or ProfileException, never a raw Jackson or NPE. */
@AddLifecycleHook(FuzzTries.class)
class JsonFilesFuzzTest {
    private static Path dir;
    private static byte[] project;
    private static final byte[] PROFILE = Samples.profileJson();

    @BeforeContainer
    static void writeDemo() throws IOException {
        dir = Files.createTempDirectory("offerkit-fuzz-json");
        project = Samples.projectFile(dir.resolve("demo"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        TempDirs.delete(dir);
    }

    @Provide
    Arbitrary<List<Mutation>> edits() {
        return Mutations.edits();
    }

    @Property
    void projectFile(@ForAll("edits") List<Mutation> edits) throws IOException {
        // Beside the demo's files, so the relative paths a mutation leaves intact still resolve.
        Path file = dir.resolve("demo").resolve("fuzz.offerkit");
        Files.write(file, Mutations.apply(project, edits));
        Invariants.typedOrValid("ProjectFiles.read", () -> ProjectFiles.read(file));
    }

    @Property
    void profile(@ForAll("edits") List<Mutation> edits) {
        byte[] data = Mutations.apply(PROFILE, edits);
        Invariants.typedOrValid("ProfileReader.read",
                () -> ProfileReader.read(new ByteArrayInputStream(data), "fuzz-profile.json"));
    }
}
