package io.offerkit.fuzz;

import org.junit.jupiter.api.Test;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.Project;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.Linter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Damaged Markdown and HTML descriptions: rendering and linting always give a result (they report, never throw). */
class TextFuzzTest {
    private static final TextFieldSpec FIELD = Samples.PROFILE.textField("description").orElseThrow();

    @Test
    void markdown() {
        FuzzTries.forEachCase("markdown", edits -> {
            renderAndLint(DescriptionFormat.MARKDOWN, Samples.markdown(), edits);
        });
    }

    @Test
    void html() {
        FuzzTries.forEachCase("html", edits -> {
            renderAndLint(DescriptionFormat.HTML, Samples.html(), edits);
        });
    }

    private static void renderAndLint(DescriptionFormat format, String sample, List<Mutation> edits) {
        // Decoded leniently, as an editor would show a damaged file: bad bytes become U+FFFD.
        String source = new String(Mutations.apply(sample.getBytes(StandardCharsets.UTF_8), edits), StandardCharsets.UTF_8);
        Description description = new Description(format, source);
        Project project = Project.empty(Samples.PROFILE.id()).withAppName("Contoso").withSummary(source)
                .withDescription(description);
        Invariants.neverThrows("rendering and linting a description", () -> {
            RenderedDescription rendered = DescriptionRenderer.render(description, FIELD);
            Linter.run(project, rendered, LintSettings.defaults());
        });
    }
}
