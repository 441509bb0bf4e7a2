package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Choice;
import io.offerkit.project.ListingDetails;
import io.offerkit.project.Project;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contacts and the picks from the marketplace's lists, as partner-center-d365 asks for them. */
class ListingDetailsRulesTest {
    private static final Profile D365 = ProfileRegistry.builtIn().find("partner-center-d365").orElseThrow();

    private static Verdict contact(ListingDetails details) {
        return new ContactRule().apply(context(details), "support");
    }

    private static Verdict categories(Choice... picked) {
        return new ChoicesRule().apply(context(ListingDetails.empty().withChoices("categories", List.of(picked))), "categories");
    }

    private static CheckContext context(ListingDetails details) {
        return CheckContext.of(D365, Project.empty(D365.id()).withDetails(details), new LogoSet(Map.of(), Map.of()));
    }

    private static ListingDetails support(String name, String email, String phone) {
        return ListingDetails.empty().withContact("support", "name", name).withContact("support", "email", email)
                .withContact("support", "phone", phone);
    }

    @Test
    void aContactNeedsItsNameAnAddressAndANumberAndLeadsToTheFieldToFix() {
        assertThat(contact(support("Dana Smith", "dana@contoso.example", "+1 (425) 555-0100")).kind()).isEqualTo(Verdict.Kind.OK);
        assertThat(contact(support("Dana Smith", "dana@contoso.example", "+49 30 1234567 ext. 12")).kind()).isEqualTo(Verdict.Kind.OK);

        Verdict none = contact(ListingDetails.empty());
        assertThat(none.message()).isEqualTo("Support contact is missing: give its name, e-mail, phone.");
        assertThat(none.location()).isEqualTo("contact:support.name");

        Verdict noName = contact(support("", "dana@contoso.example", "+1 425 555 0100"));
        assertThat(noName.message()).isEqualTo("Support contact: the name is missing.");
        assertThat(noName.location()).isEqualTo("contact:support.name");

        Verdict address = contact(support("Dana Smith", "dana at contoso", "+1 425 555 0100"));
        assertThat(address.kind()).isEqualTo(Verdict.Kind.PROBLEM);
        assertThat(address.message()).isEqualTo("Support contact: \"dana at contoso\" is no e-mail address.");
        assertThat(address.location()).isEqualTo("contact:support.email");

        Verdict phone = contact(support("Dana Smith", "dana@contoso.example", "call us"));
        assertThat(phone.message()).startsWith("Support contact: \"call us\" is no phone number");
        assertThat(phone.location()).isEqualTo("contact:support.phone");
        assertThat(contact(support("Dana Smith", "dana@contoso.example", "555-12")).kind()).isEqualTo(Verdict.Kind.PROBLEM);
    }

    @Test
    void categoriesComeFromTheListWithTheirOwnSubcategoriesAndWithinTheLimits() {
        assertThat(categories(Choice.of("Analytics", "Advanced Analytics"), Choice.of("Collaboration")).kind())
                .isEqualTo(Verdict.Kind.OK);
        assertThat(categories().message()).isEqualTo("Categories: none chosen; at least 1.");
        assertThat(categories(Choice.of("Analytics"), Choice.of("Collaboration"), Choice.of("AI + Machine Learning")).message())
                .isEqualTo("Categories: 3 chosen; at most 2.");
        assertThat(categories(Choice.of("Collaboration", "Chat", "Contact Management", "Meeting & Calendar Management")).message())
                .isEqualTo("Categories: \"Collaboration\" has 3 subcategories; at most 2.");
        assertThat(categories(Choice.of("Analytics", "Chat")).message())
                .isEqualTo("Categories: \"Chat\" is none of the subcategories of \"Analytics\".");
        assertThat(categories(Choice.of("Gardening")).message())
                .isEqualTo("Categories: \"Gardening\" is not in the marketplace's list.");
        assertThat(categories(Choice.of("Analytics"), Choice.of("Analytics")).message())
                .isEqualTo("Categories: \"Analytics\" is chosen twice.");
    }

    @Test
    void optionalListsMayStayEmpty() {
        Verdict industries = new ChoicesRule().apply(context(ListingDetails.empty()), "industries");
        assertThat(industries.kind()).isEqualTo(Verdict.Kind.OK);
        assertThat(industries.message()).isEqualTo("Industries: none chosen (optional).");
    }
}
