package io.offerkit.ui.description;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LintSettingsDialogTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheCurrentChoicesAndReturnsTheEditedOnes() throws Exception {
        LintSettings edited = WaitForAsyncUtils.asyncFx(() -> {
            LintSettingsDialog dialog = new LintSettingsDialog(LintSettings.defaults());
            ComboBox<LintLevel> language = (ComboBox<LintLevel>) dialog.getDialogPane().lookup("#level-language-opening");
            ComboBox<LintLevel> words = (ComboBox<LintLevel>) dialog.getDialogPane().lookup("#level-word-rules");
            assertThat(language.getValue()).isEqualTo(LintLevel.ERROR);
            assertThat(words.getValue()).isEqualTo(LintLevel.WARNING);
            TextArea flagged = (TextArea) dialog.getDialogPane().lookup("#flaggedWords");
            assertThat(flagged.getText()).contains("best-in-class");
            words.setValue(LintLevel.OFF);
            flagged.setText("free\n\n  cheapest  \n");
            ((TextArea) dialog.getDialogPane().lookup("#allowedWords")).setText("free trial");
            return dialog.settings();
        }).get(15, TimeUnit.SECONDS);

        assertThat(edited.levels()).containsEntry("word-rules", LintLevel.OFF).containsEntry("language-opening", LintLevel.ERROR);
        assertThat(edited.flaggedWords()).containsExactly("free", "cheapest");
        assertThat(edited.allowedWords()).containsExactly("free trial");
    }
}
