package io.offerkit.ui.session;

/**
 * Which undo step an edit joins: consecutive edits with equal keys make one step (see
 * {@link ProjectSession#update}), so a slider drag or a typing run is
 * undone at once. {@code field} says what was edited (a control of the view-model, or the mirrored property itself),
 * {@code scope} where or which run (the slot whose settings a control edits, the number of a typing run; null for
 * none).
 */
public record UndoBurst(Object field, Object scope) {
}
