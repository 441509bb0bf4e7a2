package io.offerkit.bench;

import io.offerkit.profile.ProfileRegistry;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Render + sanitize of a 5,000-character Markdown description (goal: at most 5 ms), as the live preview does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DescriptionBenchmark {
    private Description description;
    private TextFieldSpec field;

    @Setup
    public void setUp() {
        field = ProfileRegistry.builtIn().find("partner-center-d365").orElseThrow().textField("description").orElseThrow();
        StringBuilder md = new StringBuilder();
        int section = 0;
        while (md.length() < 5_000) {
            section++;
            md.append("## Section ").append(section).append("\n\nRoutes are **optimised** for every *technician*, ")
                    .append("with [links](https://contoso.example/").append(section).append(") and `code`.\n\n")
                    .append("- time windows\n- skills and travel\n- live arrival estimates\n\n");
        }
        description = new Description(DescriptionFormat.MARKDOWN, md.substring(0, 5_000));
    }

    @Benchmark
    public RenderedDescription renderAndSanitize() {
        return DescriptionRenderer.render(description, field);
    }
}
