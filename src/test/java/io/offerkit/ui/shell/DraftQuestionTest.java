package io.offerkit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckEngine;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.project.Attestation;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftQuestionTest {
    @TempDir
    Path dir;

    @Test
    void asksWithTheCountsWhenItemsFailOrAwaitConfirmation() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        session.update(p -> p.withLink("help", "http://x"));
        var logos = LogoSetRenderer.render(session.profile(), session.project().logo());
        var report = CheckEngine.evaluate(session.profile(), session.project(), logos);
        assertThat(DraftQuestion.of(report)).contains("3 items await confirmation, 1 fails. Export as a draft?");
    }

    @Test
    void aReadyProjectExportsWithoutAQuestion() throws Exception {
        ProjectSession session = TestSessions.demo(dir);
        for (var item : session.profile().checklist()) {
            if (item.field() != null && item.field().startsWith("attestation:")) {
                session.update(p -> p.withAttestation(item.id(), new Attestation(true, "yes", LocalDate.of(2026, 11, 1))));
            }
        }
        var logos = LogoSetRenderer.render(session.profile(), session.project().logo());
        var report = CheckEngine.evaluate(session.profile(), session.project(), logos);
        assertThat(DraftQuestion.of(report)).isEmpty();
        session.update(p -> p.withLink("help", ""));
        assertThat(DraftQuestion.of(CheckEngine.evaluate(session.profile(), session.project(), logos)))
                .contains("1 fails. Export as a draft?");
    }
}
