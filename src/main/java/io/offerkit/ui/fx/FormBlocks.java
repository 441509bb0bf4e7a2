package io.offerkit.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.Label;
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
}
