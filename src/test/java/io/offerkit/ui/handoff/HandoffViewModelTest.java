package io.offerkit.ui.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.HeldWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-off's progress counts the ticked fields of this form, each tick one undo step; the files follow the project. */
class HandoffViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    HandoffViewModel model;
    final AtomicInteger renders = new AtomicInteger();

    @BeforeEach
    void demo() throws Exception {
        session = TestSessions.demo(dir);
        BackgroundWork counting = new BackgroundWork() {
            @Override
            public <T> void submit(String what, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
                if (what.startsWith("Preparing")) {
                    renders.incrementAndGet();
                }
                BackgroundWork.direct().submit(what, work, onDone, onError);
            }
        };
        model = new HandoffViewModel(session, counting, new StatusMessages(), new HandoffFolder(dir.resolve("tmp")));
        CheckReport report = CheckEngine.evaluate(session.profile(), session.project(),
                LogoSetRenderer.render(session.profile(), session.project().logo()));
        model.followChecks(new SimpleObjectProperty<>(report));
        model.setActive(true);
    }

    @Test
    void progressCountsTheTickedFieldsOfThisFormOnly() {
        int fields = model.sheetProperty().get().rows().size();
        assertThat(fields).isEqualTo(session.profile().form().stream().mapToInt(p -> p.fields().size()).sum());
        assertThat(model.fieldCountProperty().get()).isEqualTo(fields);
        assertThat(model.enteredCountProperty().get()).isZero();

        model.entered("text:summary").set(true);
        model.entered("logo:small-40x40").set(true);
        assertThat(model.enteredCountProperty().get()).isEqualTo(2);
        assertThat(model.progressText()).isEqualTo("2 of " + fields + " entered");
        assertThat(session.project().handoff()).containsExactly("logo:small-40x40", "text:summary");

        // a tick of a field this offer type's form lacks is kept but not counted
        session.update(p -> p.withHandoff("text:notInThisForm", true));
        assertThat(model.enteredCountProperty().get()).isEqualTo(2);

        session.undo();
        session.undo();
        assertThat(model.entered("logo:small-40x40").get()).isFalse();
        assertThat(model.entered("text:summary").get()).isTrue();
        assertThat(model.enteredCountProperty().get()).isEqualTo(1);
    }

    @Test
    void theFilesAreMadeOnceAndATickDoesNotMakeThemAgain() {
        assertThat(model.isSettled()).isTrue();
        assertThat(model.filesProperty().get().of("logo:small-40x40")).singleElement()
                .matches(Files::isRegularFile).matches(p -> p.startsWith(dir.resolve("tmp")));
        assertThat(renders).hasValue(1);

        model.entered("text:summary").set(true);
        model.setActive(false);
        model.setActive(true);
        assertThat(renders).hasValue(1);

        session.update(p -> p.withSummary("Something else"));
        assertThat(renders).as("a text edit changes no file").hasValue(1);
        session.update(p -> p.withLogo(p.logo().withOwnSettings("small-40x40")
                .edit("small-40x40", s -> s.withPaddingPercent(20.0))));
        assertThat(renders).hasValue(2);
        model.reloadFromDisk();
        assertThat(renders).as("a file changed on disk").hasValue(3);
    }

    @Test
    void cancelledFilesAreNotOfferedAndAreMadeAgainWhenTheSectionIsShownAgain() throws Exception {
        HeldWork held = new HeldWork();
        HandoffViewModel later = new HandoffViewModel(session, held, new StatusMessages(), new HandoffFolder(dir.resolve("held")));
        later.followChecks(new SimpleObjectProperty<>(CheckEngine.evaluate(session.profile(), session.project(),
                LogoSetRenderer.render(session.profile(), session.project().logo()))));
        later.setActive(true);
        assertThat(later.isSettled()).isFalse();

        later.cancelFiles();
        held.runAll();
        assertThat(later.isSettled()).isTrue();
        assertThat(later.filesProperty().get().files()).isEmpty();
        assertThat(later.filesProblemProperty().get()).startsWith("Cancelled");

        later.setActive(false);
        later.setActive(true);
        held.runAll();
        assertThat(later.filesProperty().get().of("logo:small-40x40")).singleElement().matches(Files::isRegularFile);
        assertThat(later.filesProblemProperty().get()).isNull();
    }
}
