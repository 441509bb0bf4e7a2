package io.offerkit.ui.description;

import io.offerkit.text.lint.Lint;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.text.lint.Linter;
import io.offerkit.ui.fx.Messages;
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
import javafx.util.StringConverter;

/** Lint levels (error / warning / off per rule) and the word rules: flagged words and the phrases allowed anyway. */
final class LintSettingsDialog extends Dialog<LintSettings> {
    private final Map<String, ComboBox<LintLevel>> levels = new LinkedHashMap<>();
    private final TextArea flagged = new TextArea();
    private final TextArea allowed = new TextArea();

    LintSettingsDialog(LintSettings current) {
        setTitle(Messages.text("description.lint.dialog.title"));
        setHeaderText(Messages.text("description.lint.dialog.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Lint lint : Linter.lints(current)) {
            ComboBox<LintLevel> level = new ComboBox<>();
            level.getItems().setAll(LintLevel.values());
            level.setValue(current.levels().getOrDefault(lint.id(), lint.defaultLevel()));
            level.setConverter(LEVEL_NAMES);
            level.setAccessibleText(Messages.format("description.lint.dialog.level", lint.title()));
            level.setId("level-" + lint.id());
            levels.put(lint.id(), level);
            Label title = Messages.userData(new Label(lint.title()));
            title.setLabelFor(level);
            title.setWrapText(true);
            grid.addRow(row++, title, level);
        }
        flagged.setId("flaggedWords");
        flagged.setText(String.join("\n", current.flaggedWords()));
        flagged.setPrefRowCount(4);
        allowed.setId("allowedWords");
        allowed.setText(String.join("\n", current.allowedWords()));
        allowed.setPrefRowCount(3);
        Label flaggedLabel = new Label(Messages.text("description.lint.dialog.flagged"));
        flaggedLabel.setLabelFor(flagged);
        Label allowedLabel = new Label(Messages.text("description.lint.dialog.allowed"));
        allowedLabel.setLabelFor(allowed);
        VBox content = new VBox(10, grid, flaggedLabel, flagged, allowedLabel, allowed);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? settings() : null);
    }

    private static final StringConverter<LintLevel> LEVEL_NAMES = new StringConverter<>() {
        @Override
        public String toString(LintLevel level) {
            return level == null ? "" : switch (level) {
                case ERROR -> Messages.text("description.lint.level.error");
                case WARNING -> Messages.text("description.lint.level.warning");
                case OFF -> Messages.text("description.lint.level.off");
            };
        }

        @Override
        public LintLevel fromString(String text) {
            return Arrays.stream(LintLevel.values()).filter(l -> toString(l).equals(text)).findFirst().orElse(null);
        }
    };

    LintSettings settings() {
        Map<String, LintLevel> chosen = new LinkedHashMap<>();
        levels.forEach((id, box) -> chosen.put(id, box.getValue()));
        return new LintSettings(chosen, lines(flagged.getText()), lines(allowed.getText()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
