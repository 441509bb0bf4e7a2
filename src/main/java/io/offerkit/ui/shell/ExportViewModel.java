package io.offerkit.ui.shell;

import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.ExportTarget;
import io.offerkit.bundle.Exporter;
import io.offerkit.bundle.ToolVersion;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * An export in the background, with its progress (for the status bar) and Cancel: on the app's one executor like all
 * slow work, so a test runs it on {@link BackgroundWork#direct()} or holds it.
 */
public final class ExportViewModel {
    /** What the progress bar shows before the first step is done: it moves, without a fraction. */
    static final double NOT_KNOWN_YET = -1;

    private final Supplier<ProjectSession> session;
    private final StatusMessages status;
    private final BackgroundWork background;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private ObservableValue<LintSettings> lints = new SimpleObjectProperty<>(LintSettings.defaults());
    private BackgroundWork.Cancellable running;

    /** {@code session}: the window's session when an export is asked for (the menu offers none before there is one). */
    public ExportViewModel(Supplier<ProjectSession> session, StatusMessages status, BackgroundWork background) {
        this.session = session;
        this.status = status;
        this.background = background;
    }

    /** The text checks' levels an export judges readiness by: the user's, as the checklist shows them. */
    public void followLintSettings(ObservableValue<LintSettings> settings) {
        lints = settings;
    }

    /**
     * Where an export to {@code chosen} goes: a ZIP file as chosen; for a folder, the folder itself when it is new,
     * empty or an earlier export, else a new folder named after the project inside it (the user's files stay).
     */
    public ExportTarget exportTarget(Path chosen) throws BundleException {
        return Exporter.isZip(chosen) ? ExportTarget.of(chosen) : ExportTarget.inFolder(chosen, session.get().project().appName());
    }

    /**
     * Exports in the background, as a ZIP when the target ends in .zip and a folder otherwise, re-rendering the
     * logos from the full sources so the files match the project. A project that is not ready is exported as a
     * draft: callers ask first ({@link DraftQuestion}).
     */
    public void exportTo(Path target) {
        exportTo(target, false);
    }

    /** As above; {@code replace}: the user agreed to replace the earlier export at {@code target}. */
    public void exportTo(Path target, boolean replace) {
        if (exporting.get()) {
            return;
        }
        Profile profile = session.get().profile();
        Project project = session.get().project();
        LintSettings lintSettings = lints.getValue();
        exporting.set(true);
        progress.set(NOT_KNOWN_YET);
        status.info(Messages.format("status.exporting", target));
        BackgroundWork.Cancellable work = background.submitCancellable("Exporting to " + target, monitor -> {
            // Each logo and document is read once now: what is copied, hashed and checked is the same bytes, even
            // when another program replaces a file while the project is open.
            Exporter.Prepared prepared = Exporter.prepare(profile, project, lintSettings);
            return Exporter.export(project, prepared, ToolVersion.get(), target, replace, ExportProgress.of(monitor));
        }, progress::set, done -> finish(() -> status.info(Messages.format("status.exported", done))),
                error -> finish(() -> status.error(Messages.format("status.exportFailed", error.getMessage()))));
        running = exporting.get() ? work : null; // work run inline has finished already
    }

    /** Stops the running export at its next step; the core leaves no half-written bundle behind. */
    public void cancelExport() {
        if (exporting.get() && running != null) {
            running.cancel();
            finish(() -> status.info(Messages.text("status.exportCancelled")));
        }
    }

    private void finish(Runnable report) {
        exporting.set(false);
        running = null;
        report.run();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    /** 0..1 while exporting, {@value #NOT_KNOWN_YET} until the first step is done. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return progress.getReadOnlyProperty();
    }
}
