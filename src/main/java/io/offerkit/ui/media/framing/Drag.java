package io.offerkit.ui.media.framing;

/**
 * One pointer gesture, from press to release, in original pixels. Each position is computed from the state at the
 * press, not from the previous position, so a drag that comes back leaves things exactly as they were.
 */
interface Drag {
    /** The state once the button is down (a press may select a redaction or place the focus point). */
    EditorState pressed();

    /** The state with the pointer at (x, y) original pixels. */
    EditorState to(double x, double y);
}
