package io.offerkit.ui.session;

import io.offerkit.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;

/**
 * Keeps a view-model's properties and fields of the session's project in step, both ways: a change of a property
 * becomes an edit of the project (its own undo step, or joining the {@link UndoBurst} it belongs to); a new project
 * value (open, undo, another section's edit) is shown in the properties. While the mirror shows the project it does
 * not take its own property changes for edits, so what it shows never bounces back into the history.
 *
 * <p>A property is only set when what it holds differs from what the project says, so a read may keep the user's own
 * spelling of an equal value (keywords typed as "a, b, ").
 */
public final class FieldMirror {
    private final ProjectSession session;
    private final List<Runnable> shows = new ArrayList<>();
    /** True while the properties are being set from the project: those changes are not edits. */
    private boolean showing;
    /** The number of the current typing run: its keystrokes in one field make one undo step. */
    private long typingRun;

    /** Follows the session's project from now on; create it before listeners that expect the properties current. */
    public FieldMirror(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener((obs, old, now) -> show());
    }

    /** Mirrors one field; each change of {@code property} is its own undo step and ends the typing run. */
    public <T> void mirror(Property<T> property, Function<Project, T> read, BiFunction<Project, T, Project> write) {
        mirror(property, read, write, () -> {
            endTypingRun();
            return null;
        });
    }

    /** Mirrors a typed field: the changes of one typing run in it make one undo step (see {@link #endTypingRun}). */
    public void mirrorTyping(Property<String> property, Function<Project, String> read,
                             BiFunction<Project, String, Project> write) {
        mirror(property, read, write, () -> new UndoBurst(property, typingRun));
    }

    /**
     * Mirrors one field whose changes join one undo step while {@code burst} gives equal keys (a slider drag on one
     * slot's settings); a null key makes the change its own step.
     */
    public <T> void mirror(Property<T> property, Function<Project, T> read, BiFunction<Project, T, Project> write,
                           Supplier<UndoBurst> burst) {
        Runnable show = () -> {
            T value = read.apply(session.project());
            if (!Objects.equals(property.getValue(), value)) {
                property.setValue(value);
            }
        };
        shows.add(show);
        guarded(show);
        property.addListener((obs, old, now) -> {
            if (!showing) {
                UndoBurst key = burst.get();
                session.update(p -> write.apply(p, now), key);
            }
        });
    }

    /** Ends the current typing run (a pause, the field left, an undo): the next keystroke starts a new undo step. */
    public void endTypingRun() {
        typingRun++;
    }

    /** Shows the project again: for when something besides the project decides what is shown (a slot selected). */
    public void show() {
        guarded(() -> shows.forEach(Runnable::run));
    }

    private void guarded(Runnable setProperties) {
        boolean outer = showing;
        showing = true;
        try {
            setProperties.run();
        } finally {
            showing = outer;
        }
    }
}
