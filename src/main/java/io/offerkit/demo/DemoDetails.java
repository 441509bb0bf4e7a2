package io.offerkit.demo;

import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.EnumChoice;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Choice;
import io.offerkit.project.ListingDetails;
import io.offerkit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo offer as another offer type asks for it: its contacts, its picks from the marketplace's lists, its further
 * text fields and links, each as a field-service planning app would fill them in. Only what the profile asks for is
 * filled, so the demo of each offer type shows that type's form.
 */
final class DemoDetails {
    /** What a route planner picks, most fitting first; a list without any of them gets its first entry. */
    private static final Map<String, List<Choice>> PICKS = Map.of(
            "categories", List.of(Choice.of("Operations & Supply Chain", "Transportation & Warehouse Management"),
                    Choice.of("Customer Service", "Face to Face Service")),
            "industries", List.of(Choice.of("Distribution", "Parcel and Package Shipping")),
            "applicableProducts", List.of(Choice.of("Field Service"), Choice.of("Supply Chain Management")));

    private static final Map<String, String> TEXTS = Map.of(
            "appVersion", "2.4",
            "gettingStarted", "Sign in with your work account, pick the Dynamics 365 environment that holds your work"
                    + " orders and choose Plan today. The guide at https://contoso.example/route-planner/start walks"
                    + " through the first plan in five minutes.",
            "shortDescription", "Plans technician routes and visits from Dynamics 365 work orders: travel time,"
                    + " skills and time windows in one plan a dispatcher can adjust.",
            "longSummary", "Plans technician routes and visits from Dynamics 365 work orders, with travel time, skills"
                    + " and customer time windows in one plan.",
            "fullName", "Contoso Route Planner for Field Service",
            "developerName", "Contoso");

    private static final Map<String, String> LINKS = Map.of(
            "terms", "https://contoso.example/terms",
            "website", "https://contoso.example/route-planner");

    private DemoDetails() {
    }

    static Project fitted(Project project, Profile profile) {
        ListingDetails details = project.details();
        for (ContactSpec contact : profile.contacts()) {
            details = contact(details, contact);
        }
        for (EnumerationSpec list : profile.enumerations()) {
            details = details.withChoices(list.id(), picks(list));
        }
        for (TextFieldSpec field : profile.textFields()) {
            String text = TEXTS.get(field.id());
            if (text != null && ListingDetails.holdsText(field.id())) {
                details = details.withText(field.id(), text);
            }
        }
        Project fitted = project.withProfileId(profile.id()).withDetails(details);
        for (var link : profile.links()) {
            if (fitted.link(link.id()).isBlank() && LINKS.containsKey(link.id())) {
                fitted = fitted.withLink(link.id(), LINKS.get(link.id()));
            }
        }
        return fitted;
    }

    private static ListingDetails contact(ListingDetails details, ContactSpec contact) {
        String who = switch (contact.id()) {
            case "engineering" -> "Sam Lee";
            case "csp" -> "Alex Kim";
            default -> "Dana Smith";
        };
        String mailbox = contact.id().equals("support") ? "support" : contact.id();
        ListingDetails result = details;
        for (TextFieldSpec field : contact.fields()) {
            String value = switch (field.id()) {
                case "name" -> who;
                case "email" -> mailbox + "@contoso.example";
                case "phone" -> "+1 (425) 555-0100";
                default -> null;
            };
            if (value != null) {
                result = result.withContact(contact.id(), field.id(), value);
            }
        }
        return result;
    }

    private static List<Choice> picks(EnumerationSpec list) {
        List<Choice> picked = new ArrayList<>();
        for (Choice wanted : PICKS.getOrDefault(list.id(), List.of())) {
            Optional<EnumChoice> known = list.choices().stream().filter(c -> c.name().equals(wanted.name())).findFirst();
            known.ifPresent(k -> picked.add(new Choice(k.name(),
                    wanted.children().stream().filter(k.children()::contains).toList())));
        }
        int most = list.maxItems() == null ? picked.size() : list.maxItems();
        if (picked.isEmpty() && !list.choices().isEmpty() && (list.required() || list.minItems() != null && list.minItems() > 0)) {
            picked.add(Choice.of(list.choices().get(0).name()));
        }
        return List.copyOf(picked.subList(0, Math.min(most, picked.size())));
    }
}
