package io.offerkit.ui.bench;

import io.offerkit.ui.app.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for OfferKit's start-up figure: an empty 1280x800 JavaFX window, measured by the same probe as
 * {@code --print-startup}. Run with the app's jar (it carries JavaFX) and the test classes on the class path:
 * {@code java -cp target/test-classes:target/offerkit.jar io.offerkit.ui.bench.BareWindow}.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.setTitle("Bare JavaFX window");
            StartupProbe.printWhenShown(stage, code -> {
                Platform.exit();
                System.exit(code);
            });
            stage.show();
        }
    }
}
