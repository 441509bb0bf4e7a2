package io.offerkit.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A user's broken profile file: the message names the file, the place in it (a JSON path) and the problem. */
class BrokenProfileFilesTest {
    private static final String HEAD = "\"id\": \"mine\", \"title\": \"Mine\", \"verifiedOn\": \"2026-12-01\"";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a width that is no number | "imageSlots": [{"id": "a", "width": 10, "height": 10}, {"id": "b", "width": "wide", "height": 1}] | imageSlots[1].width | must be a whole number
            an unknown pixel rule | "imageSlots": [{"id": "o", "width": 32, "height": 32, "pixelRule": "white"}] | imageSlots[0].pixelRule | must be one of white_on_transparent
            a format the slot does not accept | "imageSlots": [{"id": "o", "width": 32, "height": 32, "format": "png", "formats": ["jpg"]}] | imageSlots[0] (o) | writes png, which is not among its formats jpg
            a negative word limit | "textFields": [{"id": "description", "maxWords": -5}] | textFields[0] (description).maxWords | must be positive
            a relation to a field the profile lacks | "links": [{"id": "help"}], "relations": [{"id": "r", "field": "link:help", "other": "link:support", "kind": "different"}] | relations[0] (r).other | names link:support, which the profile does not define
            a relation without kind | "relations": [{"id": "r", "field": "link:help", "other": "link:support"}] | relations[0] | relation r needs a kind
            more subcategories in all than per category allows | "enumerations": [{"id": "categories", "maxItems": 2, "maxChildren": 2, "maxChildrenTotal": 5}] | enumerations[0] (categories).maxChildrenTotal | at most maxItems x maxChildren (4)
            a choice named twice | "enumerations": [{"id": "industries", "choices": [{"name": "Energy"}, {"name": "Energy"}]}] | enumerations[0] (industries).choices[1] | 'Energy' appears twice
            a contact whose link is missing | "contacts": [{"id": "support", "fields": [{"id": "name"}], "link": "support"}] | contacts[0] (support).link | names the link 'support', which the profile does not define
            a contact field of no known kind | "contacts": [{"id": "support", "fields": [{"id": "fax"}]}] | contacts[0] (support).fields[0] | 'fax' is not one of name, email, phone, address
            no listing language | "languages": {"max": 0} | languages | max must be at least 1
            an item whose target is no slot | "checklist": [{"id": "c", "kind": "automatic", "rule": "slot-pixels", "target": "nope", "field": "logo:nope"}] | checklist[0] (c).target | 'nope' is no image slot of the profile
            an item whose relation is missing | "checklist": [{"id": "c", "kind": "automatic", "rule": "field-relation", "target": "r", "field": "link:help"}] | checklist[0] (c).target | 'r' is no relation of the profile
            """)
    void aBrokenFileIsNamedWithThePlaceAndTheProblem(String what, String body, String place, String problem) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.json"), "{" + HEAD + ", " + body + "}");
        assertThatThrownBy(() -> ProfileRegistry.builtIn().load(file)).isInstanceOf(ProfileException.class)
                .hasMessageStartingWith("profile file mine.json")
                .hasMessageContaining("at " + place)
                .hasMessageContaining(problem);
    }
}
