package io.offerkit.cli;

import static io.offerkit.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.offerkit.cli.CliTest.Run;
import io.offerkit.common.Json;
import io.offerkit.demo.DemoProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerkit handoff}: the fill sheet in the form's order. */
class HandoffCliTest {
    @TempDir
    Path dir;

    @Test
    void handoffAsJsonListsTheDemosFormInOrderWithValuesFilesAndStates() throws Exception {
        Path project = DemoProject.write(dir.resolve("demo"));
        Run run = run("handoff", "--format", "json", project.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode rows = Json.mapper().readTree(run.out());
        assertThat(rows.isArray()).isTrue();
        List<String> fields = new ArrayList<>();
        rows.forEach(r -> fields.add(r.get("page").asText() + " / " + r.get("field").asText()));
        assertThat(fields).containsSubsequence("Offer Settings / Offer ID, publisher ID and offer name",
                "Storefront Details / App name", "Storefront Details / Summary", "Storefront Details / Description",
                "Storefront Details / Screenshots", "Contacts / Support contact");
        JsonNode name = rows.get(fields.indexOf("Storefront Details / App name"));
        assertThat(name.get("value").asText()).isEqualTo("Contoso Route Planner");
        assertThat(name.get("state").asText()).isEqualTo("ok");
        JsonNode summary = rows.get(fields.indexOf("Storefront Details / Summary"));
        assertThat(summary.get("limit").asText()).isEqualTo("at most 100 characters");
        JsonNode keywords = rows.get(fields.indexOf("Storefront Details / Search keywords"));
        assertThat(keywords.get("value").isArray()).isTrue();
        JsonNode logo = rows.get(fields.indexOf("Storefront Details / Small logo (40x40)"));
        assertThat(logo.get("files").get(0).asText()).isEqualTo("logos/small-40x40.png");
        assertThat(logo.has("value")).isFalse();
        assertThat(rows.get(fields.indexOf("Contacts / Support contact")).get("state").asText()).isEqualTo("reminder");
    }

    @Test
    void handoffAsTextNamesPagesAndFieldsAndAMissingFileIsBadInput() throws Exception {
        Path project = DemoProject.write(dir.resolve("demo"));
        Run text = run("handoff", project.toString());
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("Storefront Details", "App name", "Contoso Route Planner", "logos/small-40x40.png");
        Run missing = run("handoff", dir.resolve("nope.offerkit").toString());
        assertThat(missing.exit()).isEqualTo(OfferKitCommand.BAD_INPUT);
        assertThat(missing.err()).startsWith("offerkit handoff: ");
    }
}
