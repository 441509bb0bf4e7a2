package io.offerkit.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One block of a controls column: its title in the form-label style over its controls. */
public final class FormBlocks {
    private FormBlocks() {
    }

    public static Node labelled(String title, Node... content) {
        Label label = new Label(title);
        label.getStyleClass().add("form-label");
        VBox box = new VBox(6, label);
        box.getChildren().addAll(content);
        return box;
    }

    /** A form's grid: labels at their natural width in the first column, the inputs taking the rest. */
    public static GridPane labelsAndInputs(double rowGap) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(rowGap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }
}
