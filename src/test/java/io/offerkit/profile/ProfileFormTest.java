package io.offerkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each profile's Partner Center form, page by page, held to the profile's own data. */
class ProfileFormTest {
    private static final String HEAD = "\"id\": \"mine\", \"title\": \"Mine\", \"verifiedOn\": \"2026-12-01\", "
            + "\"textFields\": [{\"id\": \"appName\"}, {\"id\": \"appVersion\"}], \"imageSlots\": [{\"id\": \"logo\", \"width\": 300, \"height\": 300}]";

    @TempDir
    Path dir;

    @Test
    void everyProfileHasAFormWhoseEveryFieldIsLabelledAndMapped() {
        for (Profile profile : ProfileRegistry.builtIn().all()) {
            assertThat(profile.form()).as(profile.id()).isNotEmpty();
            for (FormPage page : profile.form()) {
                assertThat(page.page()).as(profile.id()).isNotBlank();
                assertThat(page.fields()).as(profile.id() + " " + page.page()).isNotEmpty();
                for (FormField field : page.fields()) {
                    assertThat(field.label()).as(profile.id() + " " + page.page()).isNotBlank();
                    assertThat(field.mapping()).as(profile.id() + " " + field.label()).isNotBlank();
                }
            }
        }
    }

    @Test
    void everyTextLinkLogoAndMediaGroupOfAProfileHasItsPlaceInTheForm() {
        for (Profile profile : ProfileRegistry.builtIn().all()) {
            List<String> keys = profile.form().stream().flatMap(p -> p.fields().stream()).map(FormField::mapping).toList();
            profile.imageSlots().forEach(s -> assertThat(keys).as(profile.id()).contains("logo:" + s.id()));
            profile.media().forEach(m -> assertThat(keys).as(profile.id()).contains("media:" + m.id()));
            profile.links().forEach(l -> assertThat(keys).as(profile.id()).contains("link:" + l.id()));
            profile.documents().forEach(d -> assertThat(keys).as(profile.id()).contains("document:" + d.id()));
            profile.textFields().forEach(t -> assertThat(keys).as(profile.id())
                    .containsAnyOf("text:" + t.id(), "pending:text:" + t.id()));
        }
    }

    @Test
    void theD365FormListsItsPagesInPartnerCentersOrder() throws Exception {
        Profile profile = ProfileRegistry.builtIn().get("partner-center-d365");
        assertThat(profile.form()).extracting(FormPage::page).containsExactly("Offer setup", "Properties", "Offer listing",
                "Availability", "Technical configuration", "Supplemental content", "Resell through CSPs");
        FormPage listing = profile.form().get(2);
        assertThat(listing.fields()).extracting(FormField::label).startsWith("Name", "Search results summary",
                "Description", "Search keywords", "Products your app works with", "Help link", "Privacy policy link");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a page without a name | [{"fields": [{"label": "Name", "value": "text:appName"}]}] | form[0].page | needs a page name
            a field without a label | [{"page": "Offer listing", "fields": [{"value": "text:appName"}]}] | form[0].fields[0] | needs a label
            a field mapped twice | [{"page": "P", "fields": [{"label": "Name", "value": "text:appName", "reminder": "r"}]}] | form[0].fields[0] (Name) | exactly one of value, files, reminder or pending
            a field mapped to nothing | [{"page": "P", "fields": [{"label": "Name"}]}] | form[0].fields[0] (Name) | exactly one of value, files, reminder or pending
            a text the profile lacks | [{"page": "P", "fields": [{"label": "Sum", "value": "text:summary"}]}] | form[0].fields[0] (Sum).value | 'text:summary' names nothing the project holds
            a contact the profile lacks | [{"page": "P", "fields": [{"label": "C", "value": "contact:support"}]}] | form[0].fields[0] (C).value | 'contact:support' names nothing the project holds
            a slot the profile lacks | [{"page": "P", "fields": [{"label": "Logo", "files": "logo:wide"}]}] | form[0].fields[0] (Logo).files | 'logo:wide' names nothing the project holds
            a value of files | [{"page": "P", "fields": [{"label": "Logo", "value": "logo:logo"}]}] | form[0].fields[0] (Logo).value | 'logo:logo' names nothing the project holds
            a pending key without its kind | [{"page": "P", "fields": [{"label": "V", "pending": "appVersion"}]}] | form[0].fields[0] (V).pending | 'appVersion' is not kind:name
            """)
    void aBrokenFormIsNamedWithThePlaceAndTheProblem(String what, String form, String place, String problem) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{" + HEAD + ", \"form\": " + form + "}");
        assertThatThrownBy(() -> ProfileRegistry.builtIn().load(file)).isInstanceOf(ProfileException.class)
                .hasMessageContaining("at " + place)
                .hasMessageContaining(problem);
    }

    @Test
    void aWellMappedFormReads() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{" + HEAD + ", \"form\": [{\"page\": \"P\", \"fields\": ["
                + "{\"label\": \"Name\", \"value\": \"text:appName\"}, {\"label\": \"Logo\", \"files\": \"logo:logo\"},"
                + "{\"label\": \"Version\", \"pending\": \"text:appVersion\"}, {\"label\": \"SAS\", \"reminder\": \"The package's address\"}]}]}");
        Profile profile = ProfileRegistry.builtIn().load(file);
        assertThat(profile.form().get(0).fields()).extracting(FormField::mapping)
                .containsExactly("text:appName", "logo:logo", "pending:text:appVersion", "reminder");
    }
}
