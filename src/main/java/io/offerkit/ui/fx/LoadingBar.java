package io.offerkit.ui.fx;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Shown while images are read (a logo, a batch of captures): what is being read, how far (a bar and a percentage),
 * and Cancel, which stops the reading (what was there before then stays).
 */
public final class LoadingBar extends HBox {
    /** What a loading section exposes to this bar. */
    public interface Source {
        ObservableBooleanValue loadingProperty();

        ObservableStringValue loadingTextProperty();

        /** 0 to 1. */
        ObservableNumberValue loadProgressProperty();

        void cancelLoad();
    }

    /** {@code cancelText}: the section's own word for Cancel (it names what stays). */
    public LoadingBar(Source model, String cancelText) {
        super(8);
        setId("loadingBar");
        setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("loadProgress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.loadProgressProperty());
        Label percent = new Label();
        percent.setId("loadPercent");
        percent.getStyleClass().add("source-facts");
        percent.setMinWidth(38);
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(model.loadProgressProperty().doubleValue() * 100) + " %", model.loadProgressProperty()));
        Label text = new Label();
        text.textProperty().bind(model.loadingTextProperty());
        text.getStyleClass().add("source-facts");
        Button cancel = new Button(cancelText);
        cancel.setId("cancelLoad");
        cancel.setOnAction(e -> model.cancelLoad());
        getChildren().addAll(text, bar, percent, cancel);
        visibleProperty().bind(model.loadingProperty());
        managedProperty().bind(visibleProperty());
    }
}
