package io.offerkit.ui.description;

import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live lints: one row per finding with its level, message and the rule's source. Clicking a row focuses the
 * field it is about; the language finding carries its one-click fix.
 */
final class LintPanel extends VBox {
    private final VBox rows = new VBox(2);
    private final Label heading = new Label();
    private final Consumer<String> focusField;
    private final Runnable insertOpening;

    LintPanel(ObservableValue<List<LintFinding>> findings, ObservableObjectValue<String> preferencesProblem,
              Consumer<String> focusField, Runnable insertOpening, Runnable openSettings) {
        super(8);
        this.focusField = focusField;
        this.insertOpening = insertOpening;
        setId("lintPanel");
        getStyleClass().add("lint-panel");
        heading.getStyleClass().add("subheading");
        Button settings = new Button(Messages.text("description.lint.settings"));
        settings.setId("lintSettings");
        settings.getStyleClass().add("flat");
        settings.setOnAction(e -> openSettings.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, settings);
        top.setAlignment(Pos.CENTER_LEFT);
        rows.setId("lintFindings");
        Label problem = new Label();
        problem.setId("lintPreferencesProblem");
        problem.setWrapText(true);
        problem.getStyleClass().addAll("note", "note-problem");
        problem.textProperty().bind(preferencesProblem);
        problem.visibleProperty().bind(Bindings.isNotNull(preferencesProblem));
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(top, problem, rows);
        findings.addListener((obs, old, now) -> show(now));
        show(findings.getValue());
    }

    private void show(List<LintFinding> findings) {
        long errors = findings.stream().filter(f -> f.level() == LintLevel.ERROR).count();
        heading.setText(findings.isEmpty() ? Messages.text("description.lint.heading.clear")
                : Messages.format("description.lint.heading", errors, findings.size() - errors));
        rows.getChildren().clear();
        if (findings.isEmpty()) {
            Label none = new Label(Messages.text("description.lint.none"));
            none.getStyleClass().add("note");
            rows.getChildren().add(none);
        }
        for (LintFinding finding : findings) {
            rows.getChildren().add(row(finding));
        }
    }

    private HBox row(LintFinding finding) {
        boolean error = finding.level() == LintLevel.ERROR;
        Label icon = new Label();
        icon.setGraphic((error ? Icons.FAIL : Icons.WARN).create());
        icon.getStyleClass().addAll("state-badge", "lint-icon", error ? "state-fail" : "state-warn");
        icon.setMinSize(20, 20);
        icon.setAccessibleText(Messages.text(error ? "description.lint.level.error" : "description.lint.level.warning"));
        icon.setMaxSize(20, 20);
        Label message = Messages.userData(new Label(finding.message()));
        message.setWrapText(true);
        message.getStyleClass().addAll("lint-message", error ? "note-problem" : "note-warning");
        Label source = new Label(Messages.format(error ? "description.lint.source.error" : "description.lint.source.warning",
                FieldNames.of(finding.field()), finding.source()));
        source.setWrapText(true);
        source.getStyleClass().add("lint-source");
        VBox text = new VBox(2, message, source);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("lint-row");
        row.setId("lint-" + finding.lintId());
        row.setOnMouseClicked(e -> focusField.accept(finding.field()));
        if (finding.lintId().equals("language-opening")) {
            Button fix = new Button(Messages.text("description.lint.insertOpening"));
            fix.setId("insertOpening");
            fix.getStyleClass().add("accent");
            fix.setOnAction(e -> insertOpening.run());
            text.getChildren().add(fix);
        }
        return row;
    }

    /** Human names of the field ids the lints report. */
    static final class FieldNames {
        private FieldNames() {
        }

        static String of(String field) {
            return switch (field) {
                case "appName" -> Messages.text("description.field.appName");
                case "summary" -> Messages.text("description.field.summary");
                case "description" -> Messages.text("description.field.description");
                case "keywords" -> Messages.text("description.field.keywords");
                case "products" -> Messages.text("description.field.products");
                default -> field;
            };
        }
    }
}
