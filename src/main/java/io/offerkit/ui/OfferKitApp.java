package io.offerkit.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (placeholder until the shell lands). */
public class OfferKitApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("OfferKit");
        stage.show();
    }
}
