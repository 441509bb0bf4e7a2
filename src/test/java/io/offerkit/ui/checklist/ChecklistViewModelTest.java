package io.offerkit.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.CheckKind;
import io.offerkit.profile.Severity;
import io.offerkit.project.Attestation;
import io.offerkit.text.lint.LintLevel;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.logos.LiveLogoSet;
import io.offerkit.ui.session.ProjectSession;
import io.offerkit.ui.session.TestSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    ProjectSession session;
    ChecklistViewModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = TestSessions.demo(dir);
        LiveLogoSet logos = new LiveLogoSet(session, BackgroundWork.direct());
        model = new ChecklistViewModel(session, logos.logoSetProperty(), CLOCK);
    }

    private CheckState state(String itemId) {
        return model.report().results().stream().filter(r -> r.item().id().equals(itemId))
                .map(CheckResult::state).findFirst().orElseThrow();
    }

    @Test
    void theDemoPassesItsLogoAndTextItems() {
        assertThat(state("summary")).isEqualTo(CheckState.PASS);
        assertThat(state("logo-small-40x40")).isEqualTo(CheckState.PASS);
        assertThat(state("logo-wide-255x115")).isEqualTo(CheckState.PASS);
    }

    @Test
    void reEvaluatesOnEveryProjectChange() {
        session.update(p -> p.withSummary(""));
        assertThat(state("summary")).isEqualTo(CheckState.FAIL);
        session.update(p -> p.withSummary("Plan routes."));
        assertThat(state("summary")).isEqualTo(CheckState.PASS);
    }

    @Test
    void followsTheLintLevelsTheUserChoseInTheDescriptionStudio() {
        var lints = new SimpleObjectProperty<>(LintSettings.defaults());
        model.followLintSettings(lints);
        session.update(p -> p.withSummary("TODO"));
        assertThat(state("summary")).isEqualTo(CheckState.FAIL);
        lints.set(new LintSettings(
                Map.of("placeholder-text", LintLevel.WARNING), List.of(), List.of()));
        assertThat(state("summary")).as("re-evaluated when the levels change").isEqualTo(CheckState.WARN);
    }

    @Test
    void logoItemsFailWithoutRenderedLogos() throws Exception {
        ChecklistViewModel noLogos = new ChecklistViewModel(session, new SimpleObjectProperty<>(LogoSet.empty()), CLOCK);
        assertThat(noLogos.report().results().stream().filter(r -> r.item().id().equals("logo-small-40x40")))
                .allMatch(r -> r.state() == CheckState.FAIL);
    }

    @Test
    void confirmingAnAttestedItemRecordsTodayAndPassesIt() {
        String item = session.profile().checklist().stream()
                .filter(i -> i.kind() == CheckKind.ATTESTED)
                .filter(i -> i.severity() == Severity.ERROR)
                .filter(i -> !session.project().attestations().containsKey(i.id()))
                .findFirst().orElseThrow().id();
        assertThat(state(item)).isEqualTo(CheckState.CONFIRM);

        model.attest(item, true, " Licence via AppSource ");

        assertThat(session.project().attestations().get(item))
                .isEqualTo(new Attestation(true, "Licence via AppSource", LocalDate.of(2026, 11, 24)));
        assertThat(state(item)).isEqualTo(CheckState.PASS);

        model.attest(item, false, "");
        assertThat(session.project().attestations()).doesNotContainKey(item);
        assertThat(state(item)).isEqualTo(CheckState.CONFIRM);
    }

    @Test
    void reCommittingTheSameAnswerChangesNothingAndANewNoteKeepsTheDate() {
        Attestation demo = session.project().attestations().get("aad-sso");
        model.attest("aad-sso", true, demo.note());
        assertThat(session.isDirty()).isFalse();

        model.attest("aad-sso", true, "New app id");
        assertThat(session.project().attestations().get("aad-sso"))
                .isEqualTo(new Attestation(true, "New app id", demo.confirmedOn()));
    }

    @Test
    void summarisesCounts() {
        String text = ChecklistViewModel.summary(model.report());
        assertThat(text).matches("\\d+ of \\d+ ready.*").contains("to confirm");
    }
}
