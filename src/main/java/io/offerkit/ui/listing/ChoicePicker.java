package io.offerkit.ui.listing;

import io.offerkit.profile.EnumChoice;
import io.offerkit.profile.EnumerationSpec;
import io.offerkit.project.Choice;
import io.offerkit.ui.fx.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * A pick from one of the marketplace's lists: its entries with check boxes, their children (subcategories,
 * verticals) under them, and below it what is picked, in order, with the list's limits. Ticking a child ticks its
 * entry; the limits are the checklist's to judge, so a user can tick the new one before unticking the old.
 */
final class ChoicePicker extends VBox {
    private static final double ROW_HEIGHT = 26;

    private final ListingViewModel model;
    private final EnumerationSpec spec;
    private final TreeView<String> tree = new TreeView<>();
    private final Label picked = new Label();
    private final List<CheckBoxTreeItem<String>> entries = new ArrayList<>();
    /** True while the boxes are set from the project: those changes are not picks. */
    private boolean showing;

    ChoicePicker(ListingViewModel model, EnumerationSpec spec) {
        super(6);
        this.model = model;
        this.spec = spec;
        tree.setId("choices-" + spec.id());
        tree.setShowRoot(false);
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        tree.setAccessibleText(spec.label());
        // The tree's rows take the focus, not their boxes: Space ticks the row's box, as in any check list.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.SPACE && tree.getSelectionModel().getSelectedItem() instanceof CheckBoxTreeItem<String> row) {
                row.setSelected(!row.isSelected());
                key.consume();
            }
        });
        TreeItem<String> root = new TreeItem<>();
        boolean nested = false;
        for (EnumChoice choice : spec.choices()) {
            CheckBoxTreeItem<String> entry = item(choice.name(), null);
            for (String child : choice.children()) {
                entry.getChildren().add(item(child, choice.name()));
                nested = true;
            }
            entries.add(entry);
            root.getChildren().add(entry);
        }
        tree.setRoot(root);
        tree.setPrefHeight(ROW_HEIGHT * Math.min(nested ? 10 : spec.choices().size(), 12) + 4);
        picked.getStyleClass().add("note");
        picked.setWrapText(true);
        Label limits = new Label(limits());
        limits.getStyleClass().add("hint");
        limits.setWrapText(true);
        getChildren().addAll(limits, tree, picked);
        model.choices(spec.id()).addListener((obs, old, now) -> show(now));
        show(model.choices(spec.id()).get());
    }

    private CheckBoxTreeItem<String> item(String name, String parent) {
        CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(name);
        item.setIndependent(true); // an entry's box is its own: ticking it must not tick every child
        item.selectedProperty().addListener((obs, was, now) -> {
            if (!showing) {
                model.pick(spec.id(), parent == null ? name : parent, parent == null ? null : name, now);
            }
        });
        return item;
    }

    private void show(List<Choice> choices) {
        showing = true;
        try {
            for (CheckBoxTreeItem<String> entry : entries) {
                Choice choice = choices.stream().filter(c -> c.name().equals(entry.getValue())).findFirst().orElse(null);
                entry.setSelected(choice != null);
                for (TreeItem<String> child : entry.getChildren()) {
                    ((CheckBoxTreeItem<String>) child).setSelected(choice != null && choice.children().contains(child.getValue()));
                }
                if (choice != null && !choice.children().isEmpty()) {
                    entry.setExpanded(true);
                }
            }
        } finally {
            showing = false;
        }
        picked.setText(choices.isEmpty() ? Messages.text("listing.choices.none") : Messages.format("listing.choices.picked",
                String.join("; ", choices.stream().map(ChoicePicker::describe).toList())));
    }

    private static String describe(Choice choice) {
        return choice.children().isEmpty() ? choice.name() : choice.name() + " (" + String.join(", ", choice.children()) + ")";
    }

    private String limits() {
        String items = spec.maxItems() == null ? Messages.text("listing.choices.any")
                : Messages.format("listing.choices.atMost", spec.maxItems());
        if (spec.maxChildren() != null && spec.childLabel() != null) {
            items += Messages.format("listing.choices.children", spec.maxChildren(), spec.childLabel().toLowerCase(Locale.ROOT));
        }
        return items;
    }

    Node focusTarget() {
        return tree;
    }
}
