package io.offerkit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.offerkit.common.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ProfileReader binds profiles by hand on Jackson's streaming parser (no ObjectMapper on a cold start). These tests
 * hold it to what Jackson databind, set up as {@link Json#mapper()}, makes of the same documents.
 */
class ProfileJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"appsource-d365-ce-2019", "partner-center-d365", "partner-center-business-central",
            "partner-center-d365-operations", "partner-center-saas", "partner-center-azure-app", "azure-marketplace-2018",
            "teams-app", "power-bi-visual", "office-add-in"})
    void builtInProfilesBindExactlyAsDatabindBindsThem(String id) throws Exception {
        byte[] json;
        try (InputStream in = ProfileRegistry.class.getResourceAsStream("/io/offerkit/profiles/" + id + ".json")) {
            json = in.readAllBytes();
        }
        assertThat(read(json)).isEqualTo(databind(json));
    }

    @Test
    void databindsLeniencyIsKept() throws Exception {
        String json = """
                {"id": "x", "version": "3", "title": 42, "verifiedOn": "2026-01-02", "unknown": {"a": [1, {"b": null}]},
                 "marketplace": null, "description": true,
                 "sources": [{"document": "D", "date": null, "extra": [[]]}, {"date": [2019, 4, 24]}, {"date": ""}],
                 "imageSlots": [{"id": "a", "width": 10, "height": "20", "required": "true", "square": null,
                                 "minWidth": null, "maxWidth": "30", "previewSize": 8, "label": null}],
                 "textFields": [{"id": "t", "countMode": "markup", "allowedTags": ["p", 1, true], "maxLength": null,
                                 "required": false}],
                 "documents": [{"id": "d", "accepts": null, "minCount": 1}],
                 "links": [{"id": "l", "httpsOnly": true, "required": 1}, {"id": "m", "required": 0}],
                 "checklist": [{"id": "c", "group": "Business", "kind": "ATTESTED", "severity": "warning"},
                               {"id": "c2", "kind": null, "rule": "r", "title": "first"}]}
                """;
        Profile profile = read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(profile).isEqualTo(databind(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(profile.title()).isEqualTo("42");
        assertThat(profile.version()).isEqualTo(3);
        assertThat(profile.imageSlots().get(0).height()).isEqualTo(20);
        assertThat(profile.checklist().get(0).group()).isEqualTo(ChecklistGroup.BUSINESS);
        assertThat(profile.sourceDate()).contains(LocalDate.of(2019, 4, 24));
        assertThat(profile.links()).extracting(LinkSpec::required).containsExactly(true, false);
    }

    @Test
    void aFractionIsNotCutOffToAWholeNumber() {
        // Databind would make this slot 40 px wide without a word; a profile saying 40.5 px has a mistake in it.
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x", "imageSlots": [{"id": "a", "width": 40.5, "height": 40}]}"""), "f.json"))
                .hasMessage("f.json is not a valid profile: \"width\" must be a whole number, not 40.5 at imageSlots[0].width (line 1, column 49)");
    }

    @Test
    void emptyAndNullDocumentsAreEmpty() {
        assertThatThrownBy(() -> ProfileReader.read(stream(""), "e.json")).hasMessage("e.json is empty.");
        assertThatThrownBy(() -> ProfileReader.read(stream("null"), "n.json")).hasMessage("n.json is empty.");
    }

    @Test
    void mistakesNameTheFileThePropertyTheLineAndTheColumn() {
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x",
                  "imageSlots": [{"id": "a", "width": "wide", "height": 1}]}"""), "mine.json"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("mine.json is not a valid profile: \"width\" must be a whole number, not \"wide\""
                        + " at imageSlots[0].width (line 2, column 39)");
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x", "textFields": [{"id": "t", "allowedTags": ["p", {}]}]}"""), "mine.json"))
                .hasMessage("mine.json is not a valid profile: an element of \"allowedTags\" must be a text, not an"
                        + " object at textFields[0].allowedTags[1] (line 1, column 61)");
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x",
                  "checklist": [{"id": "c", "kind": "sometimes"}]}"""), "mine.json"))
                .hasMessage("mine.json is not a valid profile: \"kind\" must be one of automatic, attested, not"
                        + " \"sometimes\" at checklist[0].kind (line 2, column 37)");
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x", "imageSlots": [
                   {"id": "a", "width": 0, "height": 1}]}"""), "mine.json"))
                .hasMessage("mine.json is not a valid profile: image slot a needs a positive width and height"
                        + " at imageSlots[0] (line 2, column 4)");
        assertThatThrownBy(() -> ProfileReader.read(stream("{\"id\": \"x\", \"verifiedOn\": \"2026-13-01\"}"), "m.json"))
                .hasMessageContaining("\"verifiedOn\" must be a date as YYYY-MM-DD, not \"2026-13-01\" at verifiedOn (line 1, column 27)");
        assertThatThrownBy(() -> ProfileReader.read(stream("[1]"), "m.json"))
                .hasMessage("m.json is not a valid profile: the profile must be a JSON object, not an array"
                        + " (line 1, column 1)");
        assertThatThrownBy(() -> ProfileReader.read(stream("{\"id\": \"x\", \"links\": [null]}"), "m.json"))
                .hasMessageContaining("an element of \"links\" is null");
        assertThatThrownBy(() -> ProfileReader.read(stream("{\"id\": \"x\", \"version\": 3000000000}"), "m.json"))
                .hasMessageContaining("\"version\" is out of range: 3000000000");
    }

    @Test
    void aChecklistItemsFieldNamesItsKindWhenTheProfileIsRead() throws Exception {
        Profile profile = read("""
                {"id": "x", "title": "X", "verifiedOn": "2026-01-02",
                 "checklist": [{"id": "a", "kind": "attested", "field": "link:help"},
                               {"id": "b", "kind": "attested", "field": "logo:"}, {"id": "c", "kind": "attested"}]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(profile.checklist()).extracting(ChecklistItem::fieldKind)
                .containsExactly(Optional.of(FieldKind.LINK), Optional.of(FieldKind.LOGO), Optional.empty());
        assertThatThrownBy(() -> ProfileReader.read(stream("""
                {"id": "x", "title": "X", "verifiedOn": "2026-01-02", "checklist": [
                   {"id": "c", "kind": "attested", "field": "txt:summary"}]}"""), "mine.json"))
                .isInstanceOf(ProfileException.class)
                .hasMessage("mine.json is not a valid profile: checklist item c: the field \"txt:summary\" must start"
                        + " with text:, logo:, document:, link:, attestation:, media:, contact: or choice: at checklist[0] (line 2, column 4)");
    }

    private static Profile read(byte[] json) throws ProfileException {
        return ProfileReader.read(new ByteArrayInputStream(json), "test.json");
    }

    private static Profile databind(byte[] json) throws IOException {
        return Json.mapper().readValue(json, Profile.class);
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
