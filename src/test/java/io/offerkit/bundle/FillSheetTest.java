package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckEngine;
import io.offerkit.demo.DemoProject;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.FormField;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FillSheetTest {
    @TempDir
    Path dir;

    private Project demo;

    @BeforeEach
    void demo() throws Exception {
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("demo")));
    }

    private FillSheet sheet(String profileId) throws Exception {
        Profile profile = ProfileRegistry.builtIn().get(profileId);
        return FillSheet.build(profile, demo, CheckEngine.evaluate(profile, demo, LogoSetRenderer.render(profile, demo.logo())));
    }

    private static FillSheet.Row row(FillSheet sheet, String page, String field) {
        return sheet.rows().stream().filter(r -> r.page().equals(page) && r.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void theDemosSheetListsEveryFieldOfItsFormInTheFormsOrder() throws Exception {
        Profile profile = ProfileRegistry.builtIn().get(demo.profileId());
        FillSheet sheet = sheet(demo.profileId());
        List<String> expected = profile.form().stream()
                .flatMap(p -> p.fields().stream().map(f -> p.page() + " / " + f.label())).toList();
        assertThat(sheet.rows()).extracting(r -> r.page() + " / " + r.field()).containsExactlyElementsOf(expected);
        assertThat(expected).contains("Storefront Details / App name", "Storefront Details / Screenshots");
    }

    @Test
    void theStorefrontPageCarriesTheDemosValuesAndFiles() throws Exception {
        FillSheet sheet = sheet(demo.profileId());
        String page = "Storefront Details";
        assertThat(row(sheet, page, "App name").values()).containsExactly(demo.appName());
        assertThat(row(sheet, page, "App name").state()).isEqualTo("ok");
        assertThat(row(sheet, page, "Summary").values()).containsExactly(demo.summary());
        assertThat(row(sheet, page, "Summary").limit()).isEqualTo("at most 100 characters");
        assertThat(row(sheet, page, "Description").values().get(0)).startsWith("<");
        assertThat(row(sheet, page, "Search keywords").values()).containsExactlyElementsOf(demo.keywords());
        assertThat(row(sheet, page, "Help link").values()).containsExactly(demo.link("help"));
        assertThat(row(sheet, page, "Small logo (40x40)").files()).containsExactly("logos/small-40x40.png");
        assertThat(row(sheet, page, "Screenshots").files()).hasSize(demo.media().screenshots().size())
                .allMatch(f -> f.startsWith("screenshots/01-") || f.startsWith("screenshots/0"));
        assertThat(row(sheet, page, "Screenshots").values()).containsExactlyElementsOf(
                demo.media().screenshots().stream().map(s -> s.caption()).toList());
        assertThat(row(sheet, page, "Supporting documents").files()).isNotEmpty().allMatch(f -> f.endsWith(".pdf"));
        assertThat(row(sheet, "Technical Info", "Solution identifier and package").state()).isEqualTo("reminder");
        assertThat(row(sheet, "Contacts", "Support contact").message()).contains("contact:support");
    }

    @Test
    void eachRowHasTheKeyItsHandoffTickIsKeptByAndItsLengthLimit() throws Exception {
        FillSheet sheet = sheet(demo.profileId());
        assertThat(row(sheet, "Storefront Details", "Summary").key()).isEqualTo("text:summary");
        assertThat(row(sheet, "Storefront Details", "Summary").maxLength()).isEqualTo(100);
        assertThat(row(sheet, "Storefront Details", "Small logo (40x40)").key()).isEqualTo("logo:small-40x40");
        assertThat(row(sheet, "Storefront Details", "Small logo (40x40)").maxLength()).isNull();
        // a pending field keeps its project key, so its tick stays when the profile makes it a value
        assertThat(row(sheet, "Contacts", "Support contact").key()).isEqualTo("contact:support");
        assertThat(row(sheet, "Technical Info", "Solution identifier and package").key())
                .isEqualTo("reminder:Solution identifier and package");
        assertThat(sheet.rows()).extracting(FillSheet.Row::key).doesNotHaveDuplicates();
    }

    @Test
    void everyListingFieldOfTheD365FormIsFilledFromTheDemo() throws Exception {
        FillSheet sheet = sheet("partner-center-d365");
        Profile profile = ProfileRegistry.builtIn().get("partner-center-d365");
        List<FormField> listing = profile.form().get(2).fields();
        List<FillSheet.Row> rows = sheet.rows().stream().filter(r -> r.page().equals("Offer listing")).toList();
        assertThat(rows).extracting(FillSheet.Row::field).containsExactlyElementsOf(listing.stream().map(FormField::label).toList());
        for (FillSheet.Row r : rows) {
            if (!r.state().equals("reminder")) {
                assertThat(r.values().isEmpty() && r.files().isEmpty()).as(r.field()).isFalse();
            }
        }
        assertThat(row(sheet, "Offer listing", "Large logo").files()).containsExactly("logos/logo.png");
    }

    @Test
    void theContactsListPicksAndFurtherFieldsOfTheD365DemoAreValuesNotReminders() throws Exception {
        Profile profile = ProfileRegistry.builtIn().get("partner-center-d365");
        demo = ProjectFiles.read(DemoProject.write(dir.resolve("d365"), profile));
        FillSheet sheet = sheet("partner-center-d365");
        List<FillSheet.Row> held = sheet.rows().stream().filter(r -> profile.form().stream()
                .flatMap(p -> p.fields().stream()).anyMatch(f -> f.label().equals(r.field()) && f.mapping() != null
                        && f.mapping().matches("(contact|choice):.*|text:appVersion|document:supplemental"))).toList();
        assertThat(held).extracting(FillSheet.Row::field).hasSizeGreaterThanOrEqualTo(7);
        assertThat(held).allSatisfy(r -> assertThat(r.state()).as(r.field() + ": " + r.message()).isEqualTo("ok"));
        assertThat(sheet.rows()).filteredOn(r -> r.state().equals("reminder"))
                .noneMatch(r -> r.message() != null && r.message().contains("does not hold this yet"));
        FillSheet.Row support = held.stream().filter(r -> r.values().contains("Dana Smith")).findFirst().orElseThrow();
        assertThat(support.values()).containsExactly("Dana Smith", "support@contoso.example", "+1 (425) 555-0100");
        assertThat(held).anySatisfy(r -> assertThat(r.values())
                .containsExactly("Operations & Supply Chain: Transportation & Warehouse Management",
                        "Customer Service: Face to Face Service"));
        assertThat(held).anySatisfy(r -> assertThat(r.files()).singleElement().asString().endsWith("key-usage-scenarios.pdf"));
    }

    @Test
    void aSummaryOverItsLimitSaysSoWhereItStands() throws Exception {
        demo = demo.withSummary("x".repeat(150));
        FillSheet.Row summary = row(sheet(demo.profileId()), "Storefront Details", "Summary");
        assertThat(summary.state()).isEqualTo("over-limit");
        assertThat(summary.message()).isNotBlank();
        demo = demo.withSummary("");
        assertThat(row(sheet(demo.profileId()), "Storefront Details", "Summary").state()).isEqualTo("missing");
    }
}
