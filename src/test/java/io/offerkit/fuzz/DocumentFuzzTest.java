package io.offerkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.document.DocumentFacts;
import io.offerkit.document.DocumentInspector;
import io.offerkit.profile.DocumentSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Damaged PDFs: DocumentInspector reports problems in its result and never throws. */
@AddLifecycleHook(FuzzTries.class)
class DocumentFuzzTest {
    private static final byte[] PDF = Samples.pdf();
    private static final DocumentSpec TERMS = Samples.PROFILE.document("terms-of-use").orElseThrow();
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("offerkit-fuzz-pdf");
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
    void pdf(@ForAll("edits") List<Mutation> edits) throws IOException {
        Path file = dir.resolve("terms.pdf");
        Files.write(file, Mutations.apply(PDF, edits));
        AtomicReference<DocumentFacts> facts = new AtomicReference<>();
        Invariants.neverThrows("DocumentInspector.inspect", () -> facts.set(DocumentInspector.inspect(file, TERMS)));
        assertThat(facts.get()).isNotNull();
    }
}
