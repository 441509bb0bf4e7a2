package io.offerkit.ui.handoff;

import io.offerkit.bundle.FillSheet;
import io.offerkit.bundle.HandoffFiles;
import io.offerkit.ui.fx.FieldProblems;
import io.offerkit.ui.fx.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One field of the form: its label as the form names it, its limit and state, the tick "Entered", the values with
 * Copy, the files as chips to drag, and what the checklist says about it (or, for what OfferKit does not hold, the
 * reminder).
 */
final class FieldBlock extends VBox {
    /** States whose words the checklist's problems under the field already say. */
    private static final Set<String> SAID_BELOW = Set.of("fail", "warn", "over-limit", "missing");

    private final List<FileChip> chips = new ArrayList<>();

    FieldBlock(FillSheet.Row row, HandoffViewModel model, Consumer<Path> onReveal) {
        super(6);
        String id = idOf(row.key());
        setId("handoff-field-" + id);
        getStyleClass().add("handoff-field");
        getChildren().add(title(row, id, model));
        int perFile = row.files().isEmpty() ? 0 : row.values().size() / row.files().size();
        if (perFile > 0 && perFile * row.files().size() == row.values().size()) {
            // a screenshot with its caption, a video's thumbnail with its name and address: together, as the form has them
            for (int f = 0; f < row.files().size(); f++) {
                VBox pair = new VBox(4, chip(row, id, f, onReveal));
                pair.getStyleClass().add("handoff-pair");
                for (int i = f * perFile; i < (f + 1) * perFile; i++) {
                    pair.getChildren().add(value(row, id, i, model));
                }
                getChildren().add(pair);
            }
        } else {
            for (int i = 0; i < row.values().size(); i++) {
                getChildren().add(value(row, id, i, model));
            }
            if (!row.files().isEmpty()) {
                FlowPane files = new FlowPane(8, 6);
                for (int f = 0; f < row.files().size(); f++) {
                    files.getChildren().add(chip(row, id, f, onReveal));
                }
                getChildren().add(files);
            }
        }
        if (row.message() != null && !row.message().isBlank() && !SAID_BELOW.contains(row.state())) {
            Label message = Messages.userData(new Label(row.message()));
            message.setWrapText(true);
            message.getStyleClass().addAll("note", row.state().equals("reminder") ? "handoff-reminder" : "handoff-help");
            getChildren().add(message);
        }
        getChildren().add(new FieldProblems(model.problems(), row.key(),
                () -> model.problems().getOrDefault(row.key(), List.of())));
    }

    private static ValueBox value(FillSheet.Row row, String id, int index, HandoffViewModel model) {
        String value = row.values().get(index);
        return new ValueBox(id + "-" + index, row.field(), value, model.counter(row, value));
    }

    private HBox chip(FillSheet.Row row, String id, int index, Consumer<Path> onReveal) {
        FileChip chip = new FileChip(row.key(), row.files().get(index), onReveal);
        chip.setId("handoff-file-" + id + "-" + index);
        chips.add(chip);
        HBox line = new HBox(chip); // the chip as wide as its name, not the block
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static HBox title(FillSheet.Row row, String id, HandoffViewModel model) {
        Label label = Messages.userData(new Label(row.field()));
        label.getStyleClass().add("handoff-label");
        label.setWrapText(true);
        HBox title = new HBox(8, label);
        title.setAlignment(Pos.BASELINE_LEFT);
        if (row.limit() != null) {
            Label limit = Messages.userData(new Label(row.limit()));
            limit.getStyleClass().add("note");
            limit.setMinWidth(Region.USE_PREF_SIZE);
            title.getChildren().add(limit);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label state = new Label(Messages.text(stateKey(row.state())));
        state.getStyleClass().addAll("badge", badge(row.state()));
        state.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox entered = new CheckBox(Messages.text("handoff.entered"));
        entered.setId("handoff-entered-" + id);
        entered.setMinWidth(Region.USE_PREF_SIZE);
        entered.setAccessibleText(Messages.format("handoff.entered.accessible", row.field()));
        entered.selectedProperty().bindBidirectional(model.entered(row.key()));
        title.getChildren().addAll(gap, state, entered);
        return title;
    }

    /** The fill sheet's states, in the words of the bundle's partner-center.html. */
    private static String stateKey(String state) {
        return switch (state) {
            case "ok" -> "handoff.state.ok";
            case "warn" -> "handoff.state.warn";
            case "fail" -> "handoff.state.fail";
            case "over-limit" -> "handoff.state.overLimit";
            case "missing" -> "handoff.state.missing";
            case "confirm" -> "handoff.state.confirm";
            case "reminder" -> "handoff.state.reminder";
            default -> "handoff.state.empty";
        };
    }

    private static String badge(String state) {
        return switch (state) {
            case "ok" -> "badge-pass";
            case "warn", "confirm" -> "badge-warn";
            case "fail", "over-limit", "missing" -> "badge-fail";
            default -> "badge-neutral";
        };
    }

    /** A key as a node id: "text:summary" as "text-summary", a reminder's label without its spaces. */
    static String idOf(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    void showFiles(HandoffFiles files, boolean preparing) {
        chips.forEach(chip -> chip.show(files, preparing));
    }

    List<FileChip> chips() {
        return chips;
    }
}
