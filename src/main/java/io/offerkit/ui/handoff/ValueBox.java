package io.offerkit.ui.handoff;

import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.TextCounter;
import io.offerkit.ui.look.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One value to type into the form: shown read-only (selectable, so a part can be copied too), with Copy, which puts
 * exactly the value on the clipboard as plain text, and a counter where the form limits its length.
 */
final class ValueBox extends VBox {
    /** Longer than this, or on several lines, a value gets a box that wraps: a summary, the description's HTML. */
    private static final int ONE_LINE = 70;
    /** About the characters a line of the box shows at the section's width. */
    private static final int LINE = 80;

    /** {@code field}: the form's label of the field, for screen readers. */
    ValueBox(String id, String field, String value, TextCounter counter) {
        super(3);
        TextInputControl text = value.length() > ONE_LINE || value.contains("\n") ? area(value) : new TextField(value);
        text.setEditable(false);
        text.setId("handoff-value-" + id);
        text.getStyleClass().add("handoff-value");
        Messages.userData(text);
        text.setAccessibleText(field);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = Icons.PASTE.on(new Button(Messages.text("handoff.copy")));
        copy.setId("handoff-copy-" + id);
        copy.setTooltip(new Tooltip(Messages.text("handoff.copy.tooltip")));
        copy.setAccessibleText(Messages.format("handoff.copy.accessible", field));
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(e -> copy(value));
        copy.setDisable(value.isEmpty()); // nothing to paste yet: the checklist says what is missing
        HBox line = new HBox(8, text, copy);
        line.setAlignment(Pos.TOP_LEFT);
        getChildren().add(line);
        if (counter != null) {
            Label count = new Label(counter.text());
            count.getStyleClass().addAll("counter", counter.overLimit() ? "counter-over" : "counter");
            getChildren().add(count);
        }
    }

    /** The exact value as plain text: what is pasted into the form is what the project holds. */
    static void copy(String value) {
        ClipboardContent content = new ClipboardContent();
        content.putString(value);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static TextArea area(String value) {
        TextArea area = new TextArea(value);
        area.setWrapText(true);
        long rows = value.lines().mapToLong(line -> 1 + line.length() / LINE).sum();
        area.setPrefRowCount((int) Math.min(6, Math.max(2, rows)));
        return area;
    }
}
