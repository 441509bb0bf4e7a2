package io.offerkit.cli;

import static io.offerkit.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.offerkit.cli.CliTest.Run;
import io.offerkit.common.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code offerkit profiles} and {@code check --profile}: the offer types as data, and a project seen as another one. */
class ProfilesCliTest {
    private static final List<String> TEN = List.of("appsource-d365-ce-2019", "partner-center-d365",
            "partner-center-business-central", "partner-center-d365-operations", "partner-center-saas",
            "partner-center-azure-app", "azure-marketplace-2018", "teams-app", "power-bi-visual", "office-add-in");

    @TempDir
    Path dir;

    @Test
    void profilesAsJsonListTheTenWithSourcesSlotsMediaAndLimits() throws Exception {
        Run run = run("profiles", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode profiles = Json.mapper().readTree(run.out()).get("profiles");
        List<String> ids = new ArrayList<>();
        profiles.forEach(p -> ids.add(p.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(TEN);
        for (JsonNode p : profiles) {
            assertThat(p.get("title").asText()).isNotBlank();
            assertThat(p.get("verifiedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(p.get("sources")).isNotEmpty().allSatisfy(s -> assertThat(s.has("document") && s.has("location") && s.has("date")).isTrue());
            assertThat(p.get("imageSlots")).isNotEmpty().allSatisfy(s -> assertThat(s.get("width").asInt()).isPositive());
        }
        JsonNode teams = profiles.get(TEN.indexOf("teams-app"));
        assertThat(teams.get("imageSlots").get(1).get("id").asText()).isEqualTo("outline-32x32");
        assertThat(teams.get("imageSlots").get(1).get("pixelRule").asText()).isEqualToIgnoringCase("white_on_transparent");
        assertThat(teams.get("media").get(0).get("maxBytes").asInt()).isEqualTo(1_048_576);
        assertThat(teams.get("textFields").findValuesAsText("maxWords")).contains("500");
        JsonNode pc = profiles.get(1);
        assertThat(pc.get("enumerations").get(0).get("maxItems").asInt()).isEqualTo(2);
        assertThat(pc.get("contacts").findValuesAsText("id")).contains("support", "engineering");
        assertThat(pc.get("languages").get("max").asInt()).isEqualTo(1);
    }

    @Test
    void profilesAsTextIsATableOfEveryProfile() {
        Run run = run("profiles");
        assertThat(run.exit()).isZero();
        for (String id : TEN) {
            assertThat(run.out()).contains(id);
        }
        assertThat(run.out()).contains("appsource-d365-ce-2019 (default)", "rules as of 2019-04-24",
                "outline-32x32 32x32 (white on transparent)", "description <= 4000 chars, <= 500 words", "languages: one");
    }

    @Test
    void checkWithAnotherProfileNamesWhatTheSeedsProjectLacksAndLeavesTheFileAlone() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        withoutMedia(project); // the seed's form took no screenshots; today's needs one at least
        byte[] before = Files.readAllBytes(project);
        Run check = run("check", "--profile", "partner-center-d365", project.toString());
        assertThat(check.exit()).as(check.err()).isEqualTo(1);
        assertThat(check.out())
                .containsPattern("FAIL +screenshots-count +Screenshots: 0 added; the marketplace needs at least 1")
                .containsPattern("PASS +logo-logo +Logo: 300x300 PNG, within square 216-350 px\\.")
                .contains("media-count; Dynamics 365 apps on Dataverse and Power Apps: offer listing (Partner Center), 2021-12-03")
                .containsPattern("FAIL +contact-support +Support contact is missing: give its name, e-mail, phone\\.")
                .containsPattern("FAIL +contact-engineering +Engineering contact is missing")
                .containsPattern("FAIL +categories +Categories: none chosen; at least 1\\.")
                .containsPattern("FAIL +supplemental-content ");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(run("check", project.toString()).out()).containsPattern("PASS +screenshots-count");
    }

    /** The demo project as the seed's profile needs it: the screenshots and videos taken out of its file. */
    private static void withoutMedia(Path project) throws Exception {
        var json = (ObjectNode) Json.mapper().readTree(project.toFile());
        assertThat(json.remove("media")).as("the demo has media to take out").isNotNull();
        Json.mapper().writeValue(project.toFile(), json);
    }

    @Test
    void anUnknownProfileIsExitTwoWithOneLineNamingTheKnownOnes() throws Exception {
        Path project = Path.of(run("demo", "--out", dir.resolve("demo").toString()).out().strip());
        Run check = run("check", "--profile", "nope", project.toString());
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err().lines()).singleElement().asString()
                .contains("Unknown profile 'nope'", "appsource-d365-ce-2019", "teams-app", "office-add-in");
    }

    @Test
    void generateMakesTheTeamsIcons() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"),
                io.offerkit.imaging.png.PngEncoder.encode(io.offerkit.demo.DemoLogo.draw()));
        Run run = run("generate", "--profile", "teams-app", "--out", dir.resolve("out").toString(), logo.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("out/color-192x192.png")).exists();
        assertThat(dir.resolve("out/outline-32x32.png")).exists();
    }

    @Test
    void demoForAnOfferTypeWritesThatTypesFormFilledIn() throws Exception {
        Run demo = run("demo", "--profile", "partner-center-saas", "--out", dir.resolve("saas").toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        Path project = Path.of(demo.out().strip());
        Run check = run("check", project.toString());
        assertThat(check.out()).containsPattern("PASS +contact-support +Support contact: Dana Smith\\.")
                .containsPattern("PASS +categories +Categories: Operations & Supply Chain, Customer Service\\.")
                .containsPattern("PASS +getting-started +Getting started instructions: \\d+ of 3000 characters\\.")
                .contains("Ready:");
        Run unknown = run("demo", "--profile", "nope", "--out", dir.resolve("nope").toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown profile 'nope'");
        assertThat(dir.resolve("nope")).doesNotExist();
    }
}
