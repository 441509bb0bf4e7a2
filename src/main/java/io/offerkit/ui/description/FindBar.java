package io.offerkit.ui.description;

import io.offerkit.text.StyledRange;
import io.offerkit.text.TextSearch;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.look.Icons;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/**
 * The editor's find bar: type to find, Enter / Shift+Enter (or the arrows) for the next / previous match, Escape to
 * close. Matches are also painted in the editor, through the listener the editor passes in.
 */
final class FindBar extends HBox {
    private final CodeArea area;
    private final Consumer<List<StyledRange>> showMatches;
    private final TextField query = new TextField();
    private final Label count = new Label();
    private List<StyledRange> matches = List.of();

    FindBar(CodeArea area, Consumer<List<StyledRange>> showMatches) {
        super(6);
        this.area = area;
        this.showMatches = showMatches;
        setId("findBar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        query.setId("findField");
        query.setPromptText(Messages.text("description.find.prompt"));
        query.setAccessibleText(Messages.text("description.find.prompt"));
        query.setPrefColumnCount(18);
        count.setId("findCount");
        count.getStyleClass().add("counter");
        count.setMinWidth(Label.USE_PREF_SIZE); // the query field gives way
        Button previous = new Button("\u25B2");
        previous.setId("findPrevious");
        Icons.PREVIOUS.only(previous);
        previous.setTooltip(new Tooltip(Messages.text("description.find.previous")));
        previous.setAccessibleText(Messages.text("description.find.previous"));
        previous.setOnAction(e -> select(-1));
        Button next = new Button("\u25BC");
        next.setId("findNext");
        Icons.NEXT.only(next);
        next.setTooltip(new Tooltip(Messages.text("description.find.next")));
        next.setAccessibleText(Messages.text("description.find.next"));
        next.setOnAction(e -> select(+1));
        Button close = new Button(Messages.text("description.find.done"));
        close.setId("findClose");
        close.setTooltip(new Tooltip(Messages.text("description.find.close")));
        close.setOnAction(e -> close());
        for (Button b : List.of(previous, next, close)) {
            b.getStyleClass().add("flat");
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.setFocusTraversable(false);
        }
        getChildren().addAll(query, previous, next, count, close);
        query.textProperty().addListener((obs, old, now) -> search());
        area.textProperty().addListener((obs, old, now) -> {
            if (isVisible()) {
                search();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                select(e.isShiftDown() ? -1 : +1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    void open() {
        setVisible(true);
        setManaged(true);
        if (!area.getSelectedText().isEmpty() && area.getSelectedText().indexOf('\n') < 0) {
            query.setText(area.getSelectedText());
        }
        query.requestFocus();
        query.selectAll();
        search();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        showMatches.accept(List.of());
        area.requestFocus();
    }

    /** The matches of the query, painted in the editor; the count says how many. */
    private void search() {
        matches = TextSearch.find(area.getText(), query.getText());
        showMatches.accept(matches);
        showCount(-1);
    }

    /** Selects the match after (or before) the caret, wrapping around at the ends. */
    void select(int direction) {
        if (matches.isEmpty()) {
            return;
        }
        int caret = direction > 0 ? area.getSelection().getEnd() : area.getSelection().getStart();
        int index;
        if (direction > 0) {
            index = 0;
            while (index < matches.size() && matches.get(index).start() < caret) {
                index++;
            }
            index = index % matches.size();
        } else {
            index = matches.size() - 1;
            while (index >= 0 && matches.get(index).end() > caret) {
                index--;
            }
            index = (index + matches.size()) % matches.size();
        }
        StyledRange match = matches.get(index);
        area.selectRange(match.start(), match.end());
        area.requestFollowCaret();
        showCount(index);
    }

    private void showCount(int index) {
        if (query.getText().isEmpty()) {
            count.setText("");
        } else if (matches.isEmpty()) {
            count.setText(Messages.text("description.find.none"));
        } else if (index < 0) {
            count.setText(Messages.format("description.find.count", matches.size()));
        } else {
            count.setText(Messages.format("description.find.position", index + 1, matches.size()));
        }
    }
}
