package io.offerkit.ui.handoff;

import io.offerkit.bundle.FillSheet;
import io.offerkit.bundle.HandoffFiles;
import io.offerkit.check.CheckReport;
import io.offerkit.check.CheckResult;
import io.offerkit.check.CheckState;
import io.offerkit.common.Reasons;
import io.offerkit.profile.CountMode;
import io.offerkit.profile.Profile;
import io.offerkit.project.DocumentRef;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Messages;
import io.offerkit.text.HtmlText;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.fx.TextCounter;
import io.offerkit.ui.session.FieldMirror;
import io.offerkit.ui.session.ProjectSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The hand-off: the fill sheet of the session's project (the marketplace's form, page by page, with the values to
 * type and the files to upload), a tick per field the user has entered in Partner Center (kept in the project, one
 * undo step each), and the files made ready on disk to drag into the browser. The sheet and the files follow the
 * project only while the section is shown ({@link #setActive}): typing elsewhere costs nothing here.
 */
public final class HandoffViewModel {
    private final ProjectSession session;
    private final BackgroundWork work;
    private final StatusMessages status;
    private final HandoffFolder folder;
    private final FieldMirror mirror;
    private final Map<String, BooleanProperty> entered = new HashMap<>();
    private final ReadOnlyObjectWrapper<FillSheet> sheet = new ReadOnlyObjectWrapper<>(this, "sheet");
    private final ReadOnlyIntegerWrapper enteredCount = new ReadOnlyIntegerWrapper(this, "enteredCount");
    private final ReadOnlyIntegerWrapper fieldCount = new ReadOnlyIntegerWrapper(this, "fieldCount");
    private final ObservableMap<String, List<CheckResult>> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<HandoffFiles> files = new ReadOnlyObjectWrapper<>(this, "files", HandoffFiles.none());
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");
    private final ReadOnlyDoubleWrapper filesProgress = new ReadOnlyDoubleWrapper(this, "filesProgress");
    private final ReadOnlyStringWrapper filesProblem = new ReadOnlyStringWrapper(this, "filesProblem");
    private ObservableValue<CheckReport> report;
    private boolean active;
    /** What the files shown (or being made) were made from: the same inputs are not rendered again. */
    private FileInputs prepared;
    private BackgroundWork.Cancellable running;

    /** What the hand-off's files are made of; a tick or a text edit changes none of it. */
    private record FileInputs(Profile profile, LogoSettings logo, Media media, Map<String, List<DocumentRef>> documents) {
        static FileInputs of(Profile profile, Project project) {
            return new FileInputs(profile, project.logo(), project.media(), project.documents());
        }
    }

    public HandoffViewModel(ProjectSession session, BackgroundWork work, StatusMessages status, HandoffFolder folder) {
        this.session = session;
        this.work = work;
        this.status = status;
        this.folder = folder;
        this.mirror = new FieldMirror(session);
        session.projectProperty().addListener((obs, old, now) -> {
            count();
            refresh();
        });
    }

    /** The checklist's report, whose verdicts the sheet shows (the rules are never judged twice). */
    public void followChecks(ObservableValue<CheckReport> checks) {
        this.report = checks;
        checks.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** True while the section is shown: the sheet and its files are kept up to date only then. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    private void refresh() {
        if (!active || report == null || report.getValue() == null) {
            return;
        }
        FillSheet now = FillSheet.build(session.profile(), session.project(), report.getValue());
        if (!now.equals(sheet.get())) {
            sheet.set(now);
            pullProblems(report.getValue());
            count();
        }
        prepareFiles();
    }

    public ReadOnlyObjectProperty<FillSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** The profile's title, for the header. */
    public String offerTitle() {
        return session.profile().title();
    }

    /** The tick of one field ("text:summary"): whether it is entered in Partner Center; each change is one undo step. */
    public BooleanProperty entered(String key) {
        return entered.computeIfAbsent(key, k -> {
            BooleanProperty property = new SimpleBooleanProperty(this, k);
            mirror.mirror(property, p -> p.handoff().contains(k), (p, v) -> p.withHandoff(k, v));
            return property;
        });
    }

    /** How many of the sheet's fields are ticked (ticks of fields this offer type's form lacks are not counted). */
    public ReadOnlyIntegerProperty enteredCountProperty() {
        return enteredCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty fieldCountProperty() {
        return fieldCount.getReadOnlyProperty();
    }

    /** "3 of 25 entered". */
    public String progressText() {
        return Messages.format("handoff.progress", enteredCount.get(), fieldCount.get());
    }

    private void count() {
        FillSheet now = sheet.get();
        if (now == null) {
            return;
        }
        var ticks = session.project().handoff();
        fieldCount.set(now.rows().size());
        enteredCount.set((int) now.rows().stream().filter(row -> ticks.contains(row.key())).count());
    }

    /**
     * The counter of one value against its field's length limit, counted as the marketplace counts it (a description
     * whose limit counts the visible text only: without its markup, as the checklist counts it); null without a limit.
     */
    public TextCounter counter(FillSheet.Row row, String value) {
        if (row.maxLength() == null) {
            return null;
        }
        boolean visibleOnly = row.key().equals("text:description") && session.profile().textField("description")
                .map(spec -> spec.countMode() == CountMode.TEXT).orElse(false);
        return new TextCounter(visibleOnly ? HtmlText.visibleLength(value) : value.length(), row.maxLength());
    }

    /** The checklist's failures and warnings by field key, as {@code FieldProblems} shows them under the field. */
    public ObservableMap<String, List<CheckResult>> problems() {
        return problems;
    }

    private void pullProblems(CheckReport checks) {
        Map<String, List<CheckResult>> byField = new HashMap<>();
        for (CheckResult result : checks.results()) {
            String field = result.item().field();
            if (field != null && (result.state() == CheckState.FAIL || result.state() == CheckState.WARN)) {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(result);
            }
        }
        problems.keySet().retainAll(byField.keySet());
        byField.forEach((field, results) -> {
            if (!results.equals(problems.get(field))) {
                problems.put(field, List.copyOf(results));
            }
        });
    }

    /** The files ready on disk, by fill-sheet key. */
    public ReadOnlyObjectProperty<HandoffFiles> filesProperty() {
        return files.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty filesProgressProperty() {
        return filesProgress.getReadOnlyProperty();
    }

    /** Why the files could not be made (the folder could not be written), else null. */
    public ReadOnlyStringProperty filesProblemProperty() {
        return filesProblem.getReadOnlyProperty();
    }

    /** Whether no files are being made. */
    public boolean isSettled() {
        return !preparing.get();
    }

    /**
     * Stops making the files; none is offered until the section is shown again or the project's files change (a
     * drag needs files that are all there).
     */
    public void cancelFiles() {
        if (running != null) {
            running.cancel();
            running = null;
            prepared = null;
            filesProblem.set(Messages.text("handoff.files.cancelled"));
            preparing.set(false);
        }
    }

    /** The project's files changed on disk (a logo edited): make the files again, from what is there now. */
    public void reloadFromDisk() {
        prepared = null;
        refresh();
    }

    /**
     * Renders the logos, screenshots and thumbnails into the hand-off folder in the background, unless they were
     * made from the same inputs; a newer request cancels an older one, so only the newest files are shown.
     */
    private void prepareFiles() {
        FileInputs inputs = FileInputs.of(session.profile(), session.project());
        if (Objects.equals(inputs, prepared)) {
            return;
        }
        prepared = inputs;
        if (running != null) {
            running.cancel();
        }
        Project project = session.project();
        Profile profile = session.profile();
        preparing.set(true);
        filesProgress.set(0);
        running = work.submitCancellable("Preparing the hand-off's files",
                monitor -> HandoffFiles.write(profile, project, folder.path(), monitor),
                filesProgress::set,
                made -> {
                    running = null;
                    filesProblem.set(null);
                    files.set(made);
                    preparing.set(false);
                },
                error -> {
                    running = null;
                    prepared = null;
                    filesProblem.set(Messages.format("handoff.files.failed", Reasons.of(error)));
                    preparing.set(false);
                });
    }

    /**
     * Shows a file in the desktop's file manager, off the FX thread; where the desktop cannot, {@code copyPath} puts
     * its path on the clipboard and the status line says so.
     */
    public void reveal(Path file, Consumer<String> copyPath) {
        if (file == null) {
            return;
        }
        Runnable instead = () -> {
            copyPath.accept(file.toString());
            status.info(Messages.format("handoff.reveal.copied", file));
        };
        work.submit("Showing " + file.getFileName(), () -> FileManager.show(file), shown -> {
            if (!shown) {
                instead.run();
            }
        }, error -> instead.run());
    }
}
