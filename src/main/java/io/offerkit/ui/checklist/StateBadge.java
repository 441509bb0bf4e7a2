package io.offerkit.ui.checklist;

import io.offerkit.check.CheckState;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import javafx.scene.control.Label;

/** A round coloured mark (a line icon, so it reads without colour too) for an item's state: pass green, warn amber, fail red, confirm blue. */
final class StateBadge extends Label {
    StateBadge() {
        getStyleClass().add("state-badge");
        setMinSize(22, 22);
        setMaxSize(22, 22);
    }

    void show(CheckState state) {
        getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-badge"));
        getStyleClass().add("state-" + state.id());
        setGraphic(icon(state).create());
        setAccessibleText(spoken(state));
    }

    static Icons icon(CheckState state) {
        return switch (state) {
            case PASS -> Icons.PASS;
            case WARN -> Icons.WARN;
            case FAIL -> Icons.FAIL;
            case CONFIRM -> Icons.CONFIRM;
        };
    }

    /** What a screen reader says for the mark, which alone is only a symbol. */
    static String spoken(CheckState state) {
        return switch (state) {
            case PASS -> Messages.text("checklist.state.pass");
            case WARN -> Messages.text("checklist.state.warn");
            case FAIL -> Messages.text("checklist.state.fail");
            case CONFIRM -> Messages.text("checklist.state.confirm");
        };
    }
}
