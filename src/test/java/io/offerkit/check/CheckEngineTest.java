package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.ChecklistGroup;
import io.offerkit.profile.ChecklistItem;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Attestation;
import io.offerkit.project.Description;
import io.offerkit.project.DescriptionFormat;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckEngineTest {
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtIn();
    private static final Profile CPP = PROFILES.defaultProfile();
    private static final Profile PARTNER_CENTER = PROFILES.find("partner-center-d365").orElseThrow();

    @TempDir
    static Path dir;
    static Project demo;
    static LogoSet demoLogos;

    @BeforeAll
    static void writeDemo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
        demoLogos = LogoSetRenderer.render(CPP, demo.logo());
    }

    private static CheckState state(CheckReport report, String id) {
        return report.results().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow().state();
    }

    private static String message(CheckReport report, String id) {
        return report.results().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow().message();
    }

    @Test
    void demoProjectPassesEveryCollateralItemAndAwaitsTheOpenConfirmations() {
        CheckReport report = CheckEngine.evaluate(CPP, demo, demoLogos);
        assertThat(report.results()).hasSize(CPP.checklist().size());
        assertThat(report.results()).filteredOn(r -> r.item().group() == ChecklistGroup.COLLATERAL)
                .allSatisfy(r -> assertThat(r.state()).as(r.item().id() + ": " + r.message()).isEqualTo(CheckState.PASS));
        assertThat(state(report, "ordering-billing")).isEqualTo(CheckState.CONFIRM);
        assertThat(state(report, "aad-sso")).isEqualTo(CheckState.PASS);
        assertThat(message(report, "aad-sso")).contains("2026-11-02");
        assertThat(report.ready()).isFalse();
        assertThat(report.counts().get(CheckState.FAIL)).isZero();
    }

    @Test
    void confirmingEveryAttestedItemMakesTheDemoReady() {
        Project confirmed = demo;
        for (var item : CPP.checklist()) {
            if (item.kind() == CheckKind.ATTESTED) {
                confirmed = confirmed.withAttestation(item.id(), new Attestation(true, "", LocalDate.of(2026, 1, 1)));
            }
        }
        CheckReport report = CheckEngine.evaluate(CPP, confirmed, demoLogos);
        assertThat(report.ready()).isTrue();
        assertThat(report.progress()).isEqualTo(1.0);
    }

    private static Project confirmedDemo(String markdown) {
        Project confirmed = demo.withDescription(new Description(DescriptionFormat.MARKDOWN, markdown));
        for (var item : CPP.checklist()) {
            if (item.kind() == CheckKind.ATTESTED) {
                confirmed = confirmed.withAttestation(item.id(), new Attestation(true, "", LocalDate.of(2026, 1, 1)));
            }
        }
        return confirmed;
    }

    private static CheckResult result(CheckReport report, String id) {
        return report.results().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anErrorLevelTextFindingFailsItsFieldsItemAndReadinessAndLeadsToTheText() {
        String source = "## Routes\n\nPlans **routes** fast. TODO: pricing. Lorem ipsum dolor sit amet. 100% guaranteed.";
        CheckReport report = CheckEngine.evaluate(CPP, confirmedDemo(source), demoLogos);
        CheckResult description = result(report, "description");
        assertThat(description.state()).isEqualTo(CheckState.FAIL);
        assertThat(description.message()).contains("\"TODO\"", "\"Lorem ipsum\"", "\"100%\"");
        assertThat(description.location()).isEqualTo("text:description@" + source.indexOf("TODO"));
        assertThat(report.ready()).isFalse();
    }

    @Test
    void aWarningLevelTextFindingWarnsAndKeepsTheOfferReady() {
        CheckReport report = CheckEngine.evaluate(CPP, confirmedDemo("Plans routes fast, 100% guaranteed."), demoLogos);
        assertThat(result(report, "description").state()).isEqualTo(CheckState.WARN);
        assertThat(result(report, "description").message()).contains("\"100%\"");
        assertThat(report.ready()).isTrue();
    }

    @Test
    void aLintTheUserTurnedToWarningOrOffDoesNotFailReadiness() {
        Project project = confirmedDemo("Plans routes fast. TODO: pricing.");
        var warning = new LintSettings(
                Map.of("placeholder-text", LintLevel.WARNING), List.of(), List.of());
        CheckReport warned = CheckEngine.evaluate(CPP, project, demoLogos, null, warning);
        assertThat(result(warned, "description").state()).isEqualTo(CheckState.WARN);
        assertThat(warned.ready()).isTrue();
        var off = new LintSettings(
                Map.of("placeholder-text", LintLevel.OFF), List.of(), List.of());
        assertThat(result(CheckEngine.evaluate(CPP, project, demoLogos, null, off), "description").state()).isEqualTo(CheckState.PASS);
    }

    @Test
    void aFindingInTheSummaryFailsTheSummaryItem() {
        Project project = confirmedDemo("Plans routes fast.").withSummary("TBD");
        CheckResult summary = result(CheckEngine.evaluate(CPP, project, demoLogos), "summary");
        assertThat(summary.state()).isEqualTo(CheckState.FAIL);
        assertThat(summary.message()).contains("\"TBD\"");
        assertThat(summary.location()).isEqualTo("text:summary@0");
    }

    @Test
    void missingLogoFailsEverySlotWithTheReason() {
        CheckReport report = CheckEngine.evaluate(CPP, demo, LogoSet.empty());
        assertThat(state(report, "logo-small-40x40")).isEqualTo(CheckState.FAIL);
        assertThat(message(report, "logo-wide-255x115")).contains("255x115").contains("No logo loaded yet");
    }

    @Test
    void textFieldRules() {
        assertThat(state(CheckEngine.evaluate(CPP, demo.withSummary(""), demoLogos), "summary")).isEqualTo(CheckState.FAIL);
        CheckReport tooLong = CheckEngine.evaluate(CPP, demo.withSummary("x".repeat(101)), demoLogos);
        assertThat(message(tooLong, "summary")).contains("101 characters; at most 100");
        assertThat(state(CheckEngine.evaluate(CPP, demo.withSummary("<b>Bold</b> claim"), demoLogos), "summary"))
                .isEqualTo(CheckState.FAIL);
        assertThat(state(CheckEngine.evaluate(CPP, demo.withKeywords(List.of("a", "b", "c", "d")), demoLogos), "keywords"))
                .isEqualTo(CheckState.FAIL);
        assertThat(state(CheckEngine.evaluate(CPP, demo.withAppName(" "), demoLogos), "app-name")).isEqualTo(CheckState.FAIL);
    }

    @Test
    void descriptionLimitAndTags() {
        Project tooLong = demo.withDescription(new Description(DescriptionFormat.MARKDOWN, "word ".repeat(300)));
        assertThat(message(CheckEngine.evaluate(CPP, tooLong, demoLogos), "description")).contains("at most 1300");
        Project withLink = demo.withDescription(new Description(DescriptionFormat.HTML, "<p>See <a href='https://x.example'>x</a></p>"));
        CheckReport report = CheckEngine.evaluate(CPP, withLink, demoLogos);
        assertThat(state(report, "description")).isEqualTo(CheckState.WARN);
        assertThat(message(report, "description")).contains("<a> removed");
    }

    @Test
    void summaryInsideTheDescriptionIsAWarning() {
        Project same = demo.withSummary("Dispatchers see the whole day on one map");
        CheckReport report = CheckEngine.evaluate(CPP, same, demoLogos);
        assertThat(state(report, "summary-differs")).isEqualTo(CheckState.WARN);
        assertThat(report.results()).filteredOn(r -> r.state() == CheckState.FAIL).isEmpty();
    }

    @Test
    void linksMustBeAbsoluteHttps() {
        assertThat(message(CheckEngine.evaluate(CPP, demo.withLink("help", "http://contoso.example"), demoLogos), "help-link"))
                .contains("must start with https://");
        assertThat(state(CheckEngine.evaluate(CPP, demo.withLink("help", "contoso.example/help"), demoLogos), "help-link"))
                .isEqualTo(CheckState.FAIL);
        assertThat(state(CheckEngine.evaluate(CPP, demo.withLink("support", null), demoLogos), "customer-support-link"))
                .isEqualTo(CheckState.FAIL);
    }

    @Test
    void documentsAreCheckedByContent() throws Exception {
        Path fakePdf = Files.writeString(dir.resolve("guide.pdf"), "PK\u0003\u0004 not really a pdf");
        Project renamed = demo.withDocuments("supporting", List.of(DocumentRef.ofFile(fakePdf.toString())));
        assertThat(message(CheckEngine.evaluate(CPP, renamed, demoLogos), "supporting-documents"))
                .contains("guide.pdf is named .pdf but is really a ZIP archive");
        Project missing = demo.withDocuments("terms-of-use", List.of(DocumentRef.ofFile(dir.resolve("gone.md").toString())));
        assertThat(message(CheckEngine.evaluate(CPP, missing, demoLogos), "terms-of-use")).contains("missing");
        Project longText = demo.withDocuments("terms-of-use", List.of(DocumentRef.ofText("x".repeat(10_001))));
        assertThat(message(CheckEngine.evaluate(CPP, longText, demoLogos), "terms-of-use")).contains("at most 10000");
        Project none = demo.withDocuments("privacy-policy", List.of());
        assertThat(state(CheckEngine.evaluate(CPP, none, demoLogos), "privacy-policy")).isEqualTo(CheckState.FAIL);
        Project four = demo.withDocuments("supporting", List.of(demo.documents("supporting").get(0),
                demo.documents("supporting").get(0), demo.documents("supporting").get(0), demo.documents("supporting").get(0)));
        assertThat(message(CheckEngine.evaluate(CPP, four, demoLogos), "supporting-documents")).contains("at most 3");
    }

    @Test
    void partnerCenterRules() {
        Project project = demo.withProfileId(PARTNER_CENTER.id());
        LogoSet logos = LogoSetRenderer.render(PARTNER_CENTER, project.logo());
        CheckReport report = CheckEngine.evaluate(PARTNER_CENTER, project, logos);
        assertThat(state(report, "logo-logo")).isEqualTo(CheckState.PASS);
        assertThat(state(report, "help-differs-support")).isEqualTo(CheckState.PASS);
        assertThat(state(report, "description")).as("emphasis maps to <i>, no change to report").isEqualTo(CheckState.PASS);

        Project sameLinks = project.withLink("support", project.link("help") + "/");
        assertThat(state(CheckEngine.evaluate(PARTNER_CENTER, sameLinks, logos), "help-differs-support"))
                .isEqualTo(CheckState.FAIL);

        Project german = project.withLanguage("de");
        assertThat(message(CheckEngine.evaluate(PARTNER_CENTER, german, logos), "language-opening"))
                .contains("This application is available only in German.");
        Project germanOk = german.withDescription(new Description(DescriptionFormat.MARKDOWN,
                "This application is available only in German.\n\nDie App plant Touren."));
        assertThat(state(CheckEngine.evaluate(PARTNER_CENTER, germanOk, logos), "language-opening")).isEqualTo(CheckState.PASS);
    }

    @Test
    void anUnknownRuleInAUserProfileFailsVisiblyInsteadOfPassing() {
        var item = new ChecklistItem("x", null, "X", "", null, null, "no-such-rule", null, null, "me");
        CheckResult result = CheckEngine.evaluate(CheckContext.of(CPP, demo, demoLogos), item);
        assertThat(result.state()).isEqualTo(CheckState.FAIL);
        assertThat(result.message()).contains("no-such-rule");
    }
}
