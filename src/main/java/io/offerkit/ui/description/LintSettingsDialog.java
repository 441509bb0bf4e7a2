package io.offerkit.ui.description;

import io.offerkit.text.lint.Lint;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.Linter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Lint levels (error / warning / off per rule) and the word rules: flagged words and the phrases allowed anyway. */
final class LintSettingsDialog extends Dialog<LintSettings> {
    private final Map<String, ComboBox<LintLevel>> levels = new LinkedHashMap<>();
    private final TextArea flagged = new TextArea();
    private final TextArea allowed = new TextArea();

    LintSettingsDialog(LintSettings current) {
        setTitle("Lint levels");
        setHeaderText("How much each text rule matters, and your word rules");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Lint lint : Linter.lints(current)) {
            ComboBox<LintLevel> level = new ComboBox<>();
            level.getItems().setAll(LintLevel.values());
            level.setValue(current.levels().getOrDefault(lint.id(), lint.defaultLevel()));
            level.setId("level-" + lint.id());
            levels.put(lint.id(), level);
            Label title = new Label(lint.title());
            title.setWrapText(true);
            grid.addRow(row++, title, level);
        }
        flagged.setId("flaggedWords");
        flagged.setText(String.join("\n", current.flaggedWords()));
        flagged.setPrefRowCount(4);
        allowed.setId("allowedWords");
        allowed.setText(String.join("\n", current.allowedWords()));
        allowed.setPrefRowCount(3);
        VBox content = new VBox(10, grid,
                new Label("Flagged words (one per line, whole words, any case):"), flagged,
                new Label("Allowed anyway (phrases containing a flagged word, e.g. \"free trial\"):"), allowed);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? settings() : null);
    }

    LintSettings settings() {
        Map<String, LintLevel> chosen = new LinkedHashMap<>();
        levels.forEach((id, box) -> chosen.put(id, box.getValue()));
        return new LintSettings(chosen, lines(flagged.getText()), lines(allowed.getText()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
