package io.offerkit.ui.listing;

import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.project.Choice;
import io.offerkit.project.ListingDetails;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The listing details the profile asks for beyond texts, logos, media and documents: further text fields (app version,
 * getting-started instructions, short description, Teams' names), contacts and the picks from the marketplace's lists.
 * Each is mirrored into the project's {@link ListingDetails}; a field the profile does not ask for is not offered, and
 * stays in the project untouched.
 */
public final class ListingViewModel {
    private final ProjectSession session;
    private final FieldMirror mirror;
    private final Map<String, StringProperty> texts = new HashMap<>();
    private final Map<String, StringProperty> contactFields = new HashMap<>();
    private final Map<String, ObjectProperty<List<Choice>>> choices = new HashMap<>();
    private final ObservableMap<String, List<CheckResult>> problems = FXCollections.observableHashMap();

    public ListingViewModel(ProjectSession session) {
        this.session = session;
        this.mirror = new FieldMirror(session);
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
    }

    /** The profile's text fields that the project keeps among its details, in the profile's order. */
    public List<TextFieldSpec> textFields() {
        return session.profile().textFields().stream().filter(f -> ListingDetails.holdsText(f.id())).toList();
    }

    public List<ContactSpec> contacts() {
        return session.profile().contacts();
    }

    public List<EnumerationSpec> lists() {
        return session.profile().enumerations();
    }

    /** Whether this offer type asks for anything this section holds. */
    public boolean isEmpty() {
        return textFields().isEmpty() && contacts().isEmpty() && lists().isEmpty();
    }

    /** A further text field by its profile id; typing in it makes one undo step per run. */
    public StringProperty text(String fieldId) {
        return texts.computeIfAbsent(fieldId, id -> {
            StringProperty property = new SimpleStringProperty(this, id);
            mirror.mirrorTyping(property, p -> p.details().text(id), (p, v) -> p.withDetails(p.details().withText(id, v)));
            return property;
        });
    }

    /** One field ("email") of a contact ("support"). */
    public StringProperty contact(String contactId, String fieldId) {
        return contactFields.computeIfAbsent(contactId + "." + fieldId, key -> {
            StringProperty property = new SimpleStringProperty(this, key);
            mirror.mirrorTyping(property, p -> p.details().contact(contactId, fieldId),
                    (p, v) -> p.withDetails(p.details().withContact(contactId, fieldId, v)));
            return property;
        });
    }

    /** The entries picked from a list, in the order picked (the first category is the primary one). */
    public ObjectProperty<List<Choice>> choices(String listId) {
        return choices.computeIfAbsent(listId, id -> {
            ObjectProperty<List<Choice>> property = new SimpleObjectProperty<>(this, id, List.of());
            mirror.mirror(property, p -> p.details().choices(id), (p, v) -> p.withDetails(p.details().withChoices(id, v)));
            return property;
        });
    }

    /**
     * Picks or drops one entry ({@code child} null) or one child of an entry. Picking a child picks its entry too;
     * dropping an entry drops its children. Limits are not enforced here: the checklist says when too many are picked,
     * so a user can pick the new one before dropping the old.
     */
    public void pick(String listId, String name, String child, boolean picked) {
        Map<String, List<String>> now = new LinkedHashMap<>();
        for (Choice choice : choices(listId).get()) {
            now.put(choice.name(), new ArrayList<>(choice.children()));
        }
        if (child == null) {
            if (picked) {
                now.putIfAbsent(name, new ArrayList<>());
            } else {
                now.remove(name);
            }
        } else if (picked) {
            List<String> children = now.computeIfAbsent(name, n -> new ArrayList<>());
            if (!children.contains(child)) {
                children.add(child);
            }
        } else if (now.containsKey(name)) {
            now.get(name).remove(child);
        }
        List<Choice> result = new ArrayList<>();
        now.forEach((entry, children) -> result.add(new Choice(entry, children)));
        if (!result.equals(choices(listId).get())) {
            choices(listId).set(List.copyOf(result));
        }
    }

    /** Ends the typing run: leaving a field closes its undo step. */
    public void fieldLeft() {
        mirror.endTypingRun();
    }

    /** The checklist's failures and warnings by the item's field ("contact:support", "text:appVersion"). */
    public ObservableMap<String, List<CheckResult>> problems() {
        return problems;
    }

    public void followChecks(ObservableValue<CheckReport> report) {
        report.addListener((obs, old, now) -> pullChecks(now));
        pullChecks(report.getValue());
    }

    private void pullChecks(CheckReport report) {
        Map<String, List<CheckResult>> byField = new HashMap<>();
        if (report != null) {
            for (CheckResult result : report.results()) {
                FieldKind kind = result.item().fieldKind().orElse(null);
                boolean here = kind == FieldKind.CONTACT || kind == FieldKind.CHOICE
                        || kind == FieldKind.TEXT && ListingDetails.holdsText(result.item().field().substring(FieldKind.TEXT.prefix().length()));
                if (here && result.isPrimary() && (result.state() == CheckState.FAIL || result.state() == CheckState.WARN)) {
                    byField.computeIfAbsent(result.item().field(), f -> new ArrayList<>()).add(result);
                }
            }
        }
        problems.keySet().retainAll(byField.keySet());
        byField.forEach((field, results) -> {
            if (!results.equals(problems.get(field))) {
                problems.put(field, List.copyOf(results));
            }
        });
    }
}
