package io.offerkit.ui.media.framing;

import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import io.offerkit.ui.fx.FxImages;
import io.offerkit.ui.look.ThemeStyles;
import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A look at the capture editor on its own: a generated 1600x900 app capture from its half-size working copy, a crop
 * (or cover's focus point) and two redactions (one selected). {@code java -cp <test classpath> io.offerkit.ui.media.framing.CaptureEditorDemo
 * light|dark [out.png [cover]]}: with a file, it saves the window's picture there and quits.
 */
public final class CaptureEditorDemo {
    private CaptureEditorDemo() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            boolean dark = !args.isEmpty() && args.get(0).equals("dark");
            ThemeStyles.useBase(dark);
            CaptureEditor editor = new CaptureEditor();
            editor.show(FxImages.toFx(TestCaptures.reduced(TestCaptures.appWindow(1600, 900), 0.5)), 1600, 900);
            boolean cover = args.size() > 2 && args.get(2).equals("cover");
            editor.framingProperty().set(cover ? Framing.defaults().withFit(Fit.COVER).withFocus(0.7, 0.3)
                    : Framing.defaults().withCrop(new Crop(280, 40, 1120, 630)));
            editor.redactionsProperty().set(List.of(
                    new Redaction(990, 92, 440, 570, Redaction.Style.FILL),
                    new Redaction(300, 14, 430, 30, Redaction.Style.PIXELATE)));
            StackPane host = new StackPane(editor);
            host.getStyleClass().add("section-host");
            host.setStyle("-fx-padding: 16px;");
            Scene scene = new Scene(host);
            ThemeStyles.apply(scene.getStylesheets(), dark);
            stage.setScene(scene);
            stage.setTitle("Capture editor");
            stage.show();
            editor.canvas().requestFocus();
            // Select the fill so its handles show, as after a click on it.
            editor.canvas().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.PAGE_DOWN, false, false, false, false));
            if (args.size() > 1) {
                PauseTransition settle = new PauseTransition(Duration.millis(800));
                settle.setOnFinished(e -> {
                    try {
                        ImageIO.write(FxImages.toBuffered(scene.snapshot(null)), "png", new File(args.get(1)));
                    } catch (Exception ex) {
                        ex.printStackTrace();
                    }
                    Platform.exit();
                });
                settle.play();
            }
        }
    }
}
