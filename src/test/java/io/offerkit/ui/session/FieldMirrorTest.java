package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.project.Project;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mirror without a window: JavaFX properties work without the toolkit. */
class FieldMirrorTest {
    @TempDir
    Path dir;
    ProjectSession session;
    FieldMirror mirror;
    final StringProperty summary = new SimpleStringProperty(this, "summary");
    final StringProperty appName = new SimpleStringProperty(this, "appName");

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        mirror = new FieldMirror(session);
    }

    @Test
    void thePropertyStartsWithTheFieldAndAChangeOfItEditsTheProject() {
        mirror.mirror(summary, Project::summary, Project::withSummary);
        assertThat(summary.get()).isEqualTo(session.project().summary()).isNotBlank();

        summary.set("Shorter.");

        assertThat(session.project().summary()).isEqualTo("Shorter.");
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void aNewProjectValueIsShownInTheProperty() {
        mirror.mirror(summary, Project::summary, Project::withSummary);
        String original = summary.get();

        session.update(p -> p.withSummary("From elsewhere."));
        assertThat(summary.get()).isEqualTo("From elsewhere.");
        session.undo();
        assertThat(summary.get()).isEqualTo(original);
    }

    @Test
    void whatTheMirrorShowsDoesNotBounceBackAsAnEdit() {
        AtomicInteger writes = new AtomicInteger();
        mirror.mirror(summary, Project::summary, (p, text) -> {
            writes.incrementAndGet();
            return p.withSummary(text);
        });

        session.update(p -> p.withSummary("From elsewhere."));
        session.undo();

        assertThat(summary.get()).isNotEqualTo("From elsewhere.");
        assertThat(writes).as("showing a project value is not an edit").hasValue(0);
        assertThat(session.canRedoProperty().get()).as("a bounced edit would have cleared redo").isTrue();
    }

    @Test
    void eachChangeOfAPlainFieldIsItsOwnUndoStep() {
        mirror.mirror(summary, Project::summary, Project::withSummary);
        summary.set("a");
        summary.set("ab");
        session.undo();
        assertThat(summary.get()).isEqualTo("a");
    }

    @Test
    void aTypingRunIsOneUndoStepUntilItIsEnded() {
        mirror.mirrorTyping(summary, Project::summary, Project::withSummary);
        String original = summary.get();
        summary.set("a");
        summary.set("ab");
        summary.set("abc");
        mirror.endTypingRun();
        summary.set("abc d");

        assertUndoShows("abc", original);
    }

    @Test
    void typingInAnotherFieldOrAPlainEditStartsANewRun() {
        mirror.mirrorTyping(summary, Project::summary, Project::withSummary);
        mirror.mirrorTyping(appName, Project::appName, Project::withAppName);
        StringProperty language = new SimpleStringProperty(this, "language");
        mirror.mirror(language, Project::language, Project::withLanguage);
        String originalName = appName.get();

        summary.set("One");
        appName.set("Two");
        session.undo();
        assertThat(appName.get()).isEqualTo(originalName);
        assertThat(summary.get()).isEqualTo("One");

        summary.set("One more");
        language.set("de");
        summary.set("One more time");
        session.undo();
        assertThat(summary.get()).as("the plain edit ended the run").isEqualTo("One more");
        assertThat(language.get()).isEqualTo("de");
    }

    @Test
    void editsWithEqualBurstKeysJoinAndAnotherScopeIsAnotherStep() {
        String[] scope = {"first"};
        mirror.mirror(summary, Project::summary, Project::withSummary, () -> new UndoBurst("summary", scope[0]));
        String original = summary.get();
        summary.set("a");
        summary.set("ab");
        scope[0] = "second";
        summary.set("abc");

        assertUndoShows("ab", original);
    }

    /** Undo step by step: the summary property shows each of {@code values} in turn. */
    private void assertUndoShows(String... values) {
        for (String value : values) {
            session.undo();
            assertThat(summary.get()).isEqualTo(value);
        }
    }

    @Test
    void showReadsAgainWhenSomethingElseDecidesWhatIsShown() {
        boolean[] showName = {false};
        AtomicInteger writes = new AtomicInteger();
        mirror.mirror(summary, p -> showName[0] ? p.appName() : p.summary(), (p, text) -> {
            writes.incrementAndGet();
            return p;
        });

        showName[0] = true;
        mirror.show();

        assertThat(summary.get()).isEqualTo(session.project().appName());
        assertThat(writes).hasValue(0);
        assertThat(session.isDirty()).isFalse();
    }
}
