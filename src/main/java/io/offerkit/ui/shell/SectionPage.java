package io.offerkit.ui.shell;

import java.util.Optional;
import javafx.scene.Node;

/**
 * One section of the main window once the project is open: its view-model is made with the page, its view when
 * first needed ({@link LazyPage}). The {@link SectionHost} shows it, leads checklist items to its fields and asks
 * whether its work is done.
 */
public interface SectionPage {
    /** The section's view, built on the first call (when it is first shown, navigated to or given work). */
    Node view();

    /** The control where a checklist item's field ({@code location}, of this section) is fixed. */
    default Optional<Node> focusTarget(FieldLocation location) {
        return Optional.empty();
    }

    /** Called once that control has the focus: a text finding puts the caret at its place. */
    default void focused(FieldLocation location) {
    }

    /**
     * Called once, when the window is first usable (the shown section done with its work): a section not shown may
     * start its background work now, so it neither competes with the opening section nor waits for its first show.
     */
    default void afterOpened() {
    }

    /** False while the section's own work (rendering, a preview loading, checks) goes on: a screenshot waits. */
    default boolean isSettled() {
        return true;
    }
}
