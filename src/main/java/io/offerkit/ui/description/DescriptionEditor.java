package io.offerkit.ui.description;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.InputMap.consume;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import io.offerkit.project.DescriptionFormat;
import io.offerkit.text.StyledRange;
import io.offerkit.text.SyntaxHighlighter;
import io.offerkit.text.TextChange;
import io.offerkit.ui.fx.Messages;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The description source editor: a code area with line numbers and Markdown / HTML colouring, kept in step with the
 * view-model's source, plus its find bar. Its own undo is off: Undo / Redo go to the project's history (see
 * {@link DescriptionViewModel}), and a pause in typing ends the current undo step.
 */
final class DescriptionEditor extends VBox {
    /** How long the user must stop typing before the next keystroke starts a new undo step. */
    static final Duration UNDO_STEP_PAUSE = Duration.millis(1000);

    private final DescriptionViewModel model;
    private final CodeArea area = new CodeArea();
    private final FindBar findBar;
    private final PauseTransition typingPause = new PauseTransition(UNDO_STEP_PAUSE);
    private List<StyledRange> matches = List.of();

    DescriptionEditor(DescriptionViewModel model) {
        this.model = model;
        area.setId("descriptionEditor");
        area.setAccessibleText(Messages.text("description.editor.spoken"));
        area.getStyleClass().add("description-editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.replaceText(model.sourceProperty().get());
        area.moveTo(0);
        // Built while the window is already showing, the first layout (at a narrow width) leaves the text scrolled
        // a few lines down; show it from the top once it is in the scene.
        area.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs,
                                Scene old, Scene now) {
                if (now != null) {
                    area.sceneProperty().removeListener(this);
                    Platform.runLater(() -> area.showParagraphAtTop(0));
                }
            }
        });
        Nodes.addInputMap(area, sequence(
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), e -> model.undo()),
                consume(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), e -> model.redo()),
                consume(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), e -> model.redo())));

        area.textProperty().addListener((obs, old, now) -> {
            model.sourceProperty().set(now);
            typingPause.playFromStart();
            highlight();
        });
        typingPause.setOnFinished(e -> model.endTypingBurst());
        area.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.endTypingBurst();
            }
        });
        model.sourceProperty().addListener((obs, old, now) -> follow(now));
        model.formatProperty().addListener((obs, old, now) -> highlight());
        model.profileProperty().addListener((obs, old, now) -> highlight());

        findBar = new FindBar(area, found -> {
            matches = found;
            highlight();
        });
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(findBar, scroll);
        getStyleClass().add("editor-box");
        highlight();
    }

    /** A new source from the project (undo, a fix): apply only the difference, so caret and scroll stay put. */
    private void follow(String source) {
        if (!source.equals(area.getText())) {
            TextChange change = TextChange.between(area.getText(), source);
            area.replaceText(change.start(), change.oldEnd(), change.replacement());
        }
    }

    private void highlight() {
        String text = area.getText();
        DescriptionFormat format = model.formatProperty().get();
        List<StyledRange> syntax = SyntaxHighlighter.highlight(text, format, model.descriptionSpec().allowedTags());
        StyleSpans<Collection<String>> spans = spans(syntax, text.length())
                .overlay(spans(matches, text.length()), DescriptionEditor::union);
        area.setStyleSpans(0, spans);
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** Ranges as spans covering the whole text, plain where no range is. */
    static StyleSpans<Collection<String>> spans(List<StyledRange> ranges, int length) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (StyledRange range : ranges) {
            if (range.end() > length || range.start() < at) {
                continue; // stale matches of an older text
            }
            builder.add(Collections.emptyList(), range.start() - at);
            builder.add(Set.of(range.style()), range.end() - range.start());
            at = range.end();
        }
        builder.add(Collections.emptyList(), length - at);
        return builder.create();
    }

    void openFind() {
        findBar.open();
    }

    CodeArea area() {
        return area;
    }
}
