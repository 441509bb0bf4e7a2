package io.offerkit.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.document.DocumentFacts;
import io.offerkit.document.DocumentInspector;
import io.offerkit.profile.DocumentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Damaged PDFs: DocumentInspector reports problems in its result and never throws. */
class DocumentFuzzTest {
    private static final byte[] PDF = Samples.pdf();
    private static final DocumentSpec TERMS = Samples.PROFILE.document("terms-of-use").orElseThrow();
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("offerkit-fuzz-pdf");
    }

    @AfterAll
    static void cleanUp() throws IOException {
        TempDirs.delete(dir);
    }

    @Test
    void pdf() {
        FuzzTries.forEachCase("pdf", edits -> {
            Path file = dir.resolve("terms.pdf");
            Files.write(file, Mutations.apply(PDF, edits));
            AtomicReference<DocumentFacts> facts = new AtomicReference<>();
            Invariants.neverThrows("DocumentInspector.inspect", () -> facts.set(DocumentInspector.inspect(file, TERMS)));
            assertThat(facts.get()).isNotNull();
        });
    }
}
