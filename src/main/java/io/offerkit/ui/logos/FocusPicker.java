package io.offerkit.ui.logos;

import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.fx.Messages;
import java.awt.image.BufferedImage;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The source drawn small with a marker on the point that "cover" keeps in view; clicking or dragging moves it.
 * The marker follows the focus properties, so the sliders and undo move it too.
 */
final class FocusPicker extends Pane {
    private final ImageView thumbnail = new ImageView();
    private final Circle marker = new Circle(6);
    private final DoubleProperty focusX;
    private final DoubleProperty focusY;

    FocusPicker(DoubleProperty focusX, DoubleProperty focusY) {
        this.focusX = focusX;
        this.focusY = focusY;
        setId("focusPicker");
        setAccessibleText(Messages.text("logos.focus.picker"));
        getStyleClass().add("focus-picker");
        thumbnail.setPreserveRatio(true);
        marker.setFill(Color.rgb(37, 99, 235, 0.35));
        marker.setStroke(Color.WHITE);
        marker.setStrokeWidth(2);
        marker.setEffect(new DropShadow(3, Color.rgb(0, 0, 0, 0.6)));
        marker.setMouseTransparent(true);
        getChildren().addAll(thumbnail, marker);
        setCursor(Cursor.CROSSHAIR);
        setOnMousePressed(this::moveTo);
        setOnMouseDragged(this::moveTo);
        focusX.addListener((obs, old, now) -> placeMarker());
        focusY.addListener((obs, old, now) -> placeMarker());
        show(null);
    }

    void show(BufferedImage image) {
        thumbnail.setImage(image == null ? null : FxImages.toFx(image));
        double w = image == null ? LogosViewModel.THUMBNAIL_SIDE : image.getWidth();
        double h = image == null ? LogosViewModel.THUMBNAIL_SIDE / 2.0 : image.getHeight();
        setPrefSize(w, h);
        setMinSize(w, h);
        setMaxSize(w, h);
        placeMarker();
    }

    private void moveTo(MouseEvent event) {
        double w = getPrefWidth();
        double h = getPrefHeight();
        focusX.set(clamp(event.getX() / w));
        focusY.set(clamp(event.getY() / h));
        event.consume();
    }

    private void placeMarker() {
        marker.setCenterX(focusX.get() * getPrefWidth());
        marker.setCenterY(focusY.get() * getPrefHeight());
    }

    private static double clamp(double v) {
        return Math.round(Math.max(0, Math.min(1, v)) * 1000) / 1000.0;
    }
}
