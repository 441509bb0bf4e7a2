package io.offerkit.ui.look;

import io.offerkit.imaging.render.Level;

/** The style class of a note for each level, so information never looks like an error: one mapping for every view. */
public final class NoteStyles {
    private NoteStyles() {
    }

    public static String of(Level level) {
        return switch (level) {
            case INFO -> "note-info";
            case WARNING -> "note-warning";
            case ERROR -> "note-problem";
        };
    }
}
