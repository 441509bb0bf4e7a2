package io.offerkit.ui.checklist;

import io.offerkit.check.CheckEngine;
import io.offerkit.check.MediaFacts;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckState;
import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Attestation;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.ProjectSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The live checklist: re-evaluated on every project change and every new set of rendered logos. Evaluation runs on
 * the FX thread because, with the logos rendered elsewhere and reused, it is a pure function of small values: about
 * 2 ms for the demo project on a 2-core machine (logo rendering, ~33 ms, is what runs in the background). Doing it
 * inline keeps the panel exactly in step with the fields.
 */
public final class ChecklistViewModel {
    private final ProjectSession session;
    private final ObservableValue<LogoSet> logos;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private ObservableValue<LintSettings> lints = new SimpleObjectProperty<>(LintSettings.defaults());
    /** The session's, kept across evaluations: a capture is decoded again only when it changed on disk. */
    private final MediaFacts media;
    private boolean awaitingMedia;

    public ChecklistViewModel(ProjectSession session, ObservableValue<LogoSet> logos, Clock clock) {
        this.session = session;
        this.logos = logos;
        this.clock = clock;
        this.media = session.mediaFacts();
        session.projectProperty().addListener((obs, old, now) -> evaluate());
        logos.addListener((obs, old, now) -> evaluate());
        evaluate();
    }

    /**
     * Judges the text at the levels the user chose in the description studio, re-evaluating when they change, so
     * the checklist and the studio's findings never disagree (until called: the lints' default levels).
     */
    public void followLintSettings(ObservableValue<LintSettings> settings) {
        lints = settings;
        settings.addListener((obs, old, now) -> evaluate());
        evaluate();
    }

    private void evaluate() {
        CompletableFuture<?> reading = session.mediaReading();
        boolean read = reading.isDone();
        report.set(CheckEngine.evaluate(session.profile(), session.project(), logos.getValue(), null, lints.getValue(),
                read ? media : media.knownSoFar()));
        if (!read && !awaitingMedia) {
            // Start-up is still reading the captures on a worker: they are judged as being read, never decoded here
            // on the FX thread, and judged for real once the reading is done.
            awaitingMedia = true;
            reading.whenComplete((done, error) -> Platform.runLater(() -> {
                awaitingMedia = false;
                evaluate();
            }));
        }
    }

    /** False while the captures are still being read and the checklist judges them as pending (start-up). */
    public boolean isSettled() {
        return !awaitingMedia && session.mediaReading().isDone();
    }

    /** Evaluates again though the project did not change: its documents changed on disk. */
    public void recheck() {
        evaluate();
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public CheckReport report() {
        return report.get();
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return session.profileProperty();
    }

    public Attestation attestation(String itemId) {
        return session.project().attestations().get(itemId);
    }

    /**
     * Records the publisher's word on an attested item. Confirming dates it today; editing the note of a confirmed
     * item keeps the day it was confirmed; unconfirming with no note removes it. Re-committing the same answer (a
     * note field losing focus) changes nothing, so it does not mark the project unsaved.
     */
    public void attest(String itemId, boolean confirmed, String note) {
        String text = note == null ? "" : note.strip();
        Attestation current = attestation(itemId);
        String currentNote = current == null || current.note() == null ? "" : current.note();
        if (current == null ? !confirmed && text.isEmpty() : current.confirmed() == confirmed && currentNote.equals(text)) {
            return;
        }
        Attestation value = null;
        if (confirmed) {
            boolean alreadyConfirmed = current != null && current.confirmed() && current.confirmedOn() != null;
            value = new Attestation(true, text, alreadyConfirmed ? current.confirmedOn() : LocalDate.now(clock));
        } else if (!text.isEmpty()) {
            value = new Attestation(false, text, null);
        }
        Attestation result = value;
        session.update(p -> p.withAttestation(itemId, result));
    }

    /** "18 of 27 ready · 2 to fix · 3 to confirm" */
    public static String summary(CheckReport report) {
        Map<CheckState, Integer> counts = report.counts();
        int ready = counts.get(CheckState.PASS) + counts.get(CheckState.WARN);
        StringBuilder text = new StringBuilder(Messages.format("checklist.summary", ready, report.results().size()));
        if (counts.get(CheckState.FAIL) > 0) {
            text.append(Messages.format("checklist.summary.fail", counts.get(CheckState.FAIL)));
        }
        if (counts.get(CheckState.CONFIRM) > 0) {
            text.append(Messages.format("checklist.summary.confirm", counts.get(CheckState.CONFIRM)));
        }
        if (counts.get(CheckState.WARN) > 0) {
            text.append(Messages.format("checklist.summary.warn", counts.get(CheckState.WARN)));
        }
        return text.toString();
    }
}
