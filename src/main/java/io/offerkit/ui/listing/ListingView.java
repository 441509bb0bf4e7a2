package io.offerkit.ui.listing;

import io.offerkit.profile.ContactSpec;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.profile.FieldKind;
import io.offerkit.profile.TextFieldSpec;
import io.offerkit.ui.fx.FieldProblems;
import io.offerkit.ui.fx.FormBlocks;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.TextCounter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Listing details section: the further text fields, the contacts and the marketplace's lists the offer type asks
 * for, each with the checklist's words for it right under it. Rebuilt when the offer type changes; what the new type
 * does not ask for is not shown, and kept.
 */
public final class ListingView extends ScrollPane {
    /** Longer limits than this get a text area: getting-started instructions (3,000) are paragraphs, not a line. */
    private static final int ONE_LINE_LIMIT = 300;

    private final ListingViewModel model;
    private final VBox content = new VBox(16);
    private final Map<String, Node> focusTargets = new HashMap<>();

    public ListingView(ListingViewModel model) {
        this.model = model;
        getStyleClass().add("section-scroll");
        setFitToWidth(true);
        content.setPadding(new Insets(28, 32, 32, 32));
        content.setMaxWidth(860);
        setContent(content);
        model.profileProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        focusTargets.clear();
        Label heading = new Label(Messages.text("listing.title"));
        heading.getStyleClass().add("section-title");
        Label intro = new Label(Messages.format("listing.intro", model.profileProperty().get().title()));
        intro.getStyleClass().add("section-intro");
        intro.setWrapText(true);
        content.getChildren().setAll(heading, intro);
        if (model.isEmpty()) {
            Label none = new Label(Messages.text("listing.none"));
            none.setId("listing-none");
            none.getStyleClass().add("note");
            none.setWrapText(true);
            content.getChildren().add(none);
            return;
        }
        if (!model.textFields().isEmpty()) {
            content.getChildren().add(texts());
        }
        model.contacts().forEach(contact -> content.getChildren().add(contact(contact)));
        model.lists().forEach(list -> {
            ChoicePicker picker = new ChoicePicker(model, list);
            focusTargets.put(FieldKind.CHOICE.field(list.id()), picker.focusTarget());
            content.getChildren().add(card(list.label(), list.help(), picker, checks(FieldKind.CHOICE.field(list.id()))));
        });
    }

    private Node texts() {
        GridPane grid = FormBlocks.labelsAndInputs(8);
        int row = 0;
        for (TextFieldSpec spec : model.textFields()) {
            TextInputControl input = spec.maxLength() != null && spec.maxLength() > ONE_LINE_LIMIT ? area() : new TextField();
            input.setId("detail-" + spec.id());
            input.textProperty().bindBidirectional(model.text(spec.id()));
            leavingEndsTheUndoStep(input);
            Label counter = new Label();
            counter.getStyleClass().add("note");
            Runnable count = () -> {
                TextCounter c = TextCounter.of(input.getText(), spec.maxLength());
                counter.setText(c.text());
                counter.getStyleClass().setAll("note", c.overLimit() ? "note-problem" : "note");
            };
            input.textProperty().addListener(obs -> count.run());
            count.run();
            VBox column = new VBox(4, input, counter);
            if (spec.help() != null) {
                column.getChildren().add(help(spec.help()));
            }
            column.getChildren().add(checks(FieldKind.TEXT.field(spec.id())));
            grid.addRow(row++, label(spec.label() + (spec.required() ? "" : " " + Messages.text("listing.optional")), input), column);
            focusTargets.put(FieldKind.TEXT.field(spec.id()), input);
        }
        return card(Messages.text("listing.details"), null, grid);
    }

    private Node contact(ContactSpec spec) {
        GridPane grid = FormBlocks.labelsAndInputs(8);
        int row = 0;
        for (TextFieldSpec field : spec.fields()) {
            TextField input = new TextField();
            input.setId("contact-" + spec.id() + "-" + field.id());
            input.textProperty().bindBidirectional(model.contact(spec.id(), field.id()));
            leavingEndsTheUndoStep(input);
            grid.addRow(row++, label(field.label(), input), input);
            focusTargets.put(FieldKind.CONTACT.field(spec.id() + "." + field.id()), input);
            if (row == 1) {
                focusTargets.put(FieldKind.CONTACT.field(spec.id()), input);
            }
        }
        String note = Messages.text(spec.shownToCustomers() ? "listing.contact.shown" : "listing.contact.notShown");
        return card(spec.label() + (spec.required() ? "" : " " + Messages.text("listing.optional")),
                spec.help() == null ? note : spec.help(), grid, checks(FieldKind.CONTACT.field(spec.id())));
    }

    private Node checks(String field) {
        return new FieldProblems(model.problems(), field, () -> model.problems().getOrDefault(field, List.of()));
    }

    private void leavingEndsTheUndoStep(TextInputControl input) {
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.fieldLeft();
            }
        });
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(6);
        return area;
    }

    private static Label label(String text, Node field) {
        Label label = Messages.userData(new Label(text));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label help(String text) {
        Label help = Messages.userData(new Label(text));
        help.getStyleClass().add("hint");
        help.setWrapText(true);
        return help;
    }

    private static VBox card(String title, String help, Node... body) {
        Label heading = Messages.userData(new Label(title));
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(10, heading);
        if (help != null) {
            card.getChildren().add(help(help));
        }
        card.getChildren().addAll(body);
        card.getStyleClass().add("form-card");
        return card;
    }

    /** The control that fixes a checklist field: "text:appVersion", "contact:support.email", "choice:categories". */
    public Optional<Node> focusTarget(String field) {
        Node exact = focusTargets.get(field);
        if (exact == null && field.startsWith(FieldKind.CONTACT.prefix()) && field.contains(".")) {
            exact = focusTargets.get(field.substring(0, field.indexOf('.')));
        }
        return Optional.ofNullable(exact);
    }
}
