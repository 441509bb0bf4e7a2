package io.offerkit.ui.shell;

import io.offerkit.bundle.BundleException;
import io.offerkit.bundle.ExportTarget;
import io.offerkit.bundle.Exporter;
import io.offerkit.bundle.FileNames;
import io.offerkit.check.CheckReport;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.preview.StorePreviewView;
import io.offerkit.ui.preview.StorePreviewViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File > Export to Folder… and Export Bundle as ZIP…: where to, whether to replace, whether to export a draft; and
 * File > Store Preview…, the bundle's preview.html before any export.
 */
public final class ExportCommands {
    private final ShellViewModel model;
    private final Alerts alerts;
    private final Supplier<CheckReport> report;
    private final BackgroundWork background;
    private final BooleanSupplier dark;

    /**
     * {@code report}: the checklist's report now, for the draft question; {@code background} where the store preview
     * is built; {@code dark}: whether the window is dark now, the theme the store preview opens in.
     */
    ExportCommands(ShellViewModel model, Alerts alerts, Supplier<CheckReport> report, BackgroundWork background,
                   BooleanSupplier dark) {
        this.model = model;
        this.alerts = alerts;
        this.report = report;
        this.background = background;
        this.dark = dark;
    }

    /** File > Store Preview…: the listing as the store shows it, in a window of its own, built in the background. */
    public Stage storePreview() {
        Window owner = alerts.owner();
        List<String> sheets = owner == null || owner.getScene() == null ? List.of() : owner.getScene().getStylesheets();
        return StorePreviewView.open(owner, new StorePreviewViewModel(model.session(), background, dark.getAsBoolean()),
                sheets);
    }

    public void exportWithChooser() {
        File dir = Choosers.folder(Messages.text("export.folder.title"), alerts.owner());
        if (dir != null) {
            exportAfterAsking(dir.toPath());
        }
    }

    public void exportZipWithChooser() {
        FileChooser chooser = Choosers.files(Messages.text("export.zip.title"), Messages.text("export.zip.filter"), "*.zip");
        chooser.setInitialFileName(FileNames.safe(model.session().project().appName(), "offer") + ".zip");
        File file = Choosers.save(chooser, alerts.owner());
        if (file != null) {
            Path path = file.toPath();
            if (!Exporter.isZip(path)) {
                path = path.resolveSibling(path.getFileName() + ".zip");
            }
            exportAfterAsking(path);
        }
    }

    /**
     * Exports to what the user chose, never over anyone's files: a folder holding other files gets the bundle in a new
     * folder named after the project inside it; an earlier export is replaced only when the user says so; a ZIP that
     * is not OfferKit's is refused. Asks too when items fail or await confirmation (the bundle is then marked draft).
     */
    public void exportAfterAsking(Path chosen) {
        ExportTarget target;
        try {
            target = model.export().exportTarget(chosen);
        } catch (BundleException e) {
            refuse(e.getMessage());
            return;
        }
        if (target.state() == ExportTarget.State.OTHER_FILES) {
            refuse(target.refusal());
            return;
        }
        boolean replace = target.state() == ExportTarget.State.EARLIER_EXPORT;
        if ((replace && !confirmReplace(target)) || !confirmDraft()) {
            model.status().info(Messages.text("export.notStarted"));
            return;
        }
        model.export().exportTo(target.path(), replace);
    }

    private boolean confirmReplace(ExportTarget earlier) {
        ButtonType replace = new ButtonType(Messages.text("export.replace.button"), ButtonBar.ButtonData.OK_DONE);
        String what = earlier.detail() == null ? Messages.text("export.replace.unnamed")
                : Messages.format("export.replace.named", earlier.detail());
        return alerts.ask(Alert.AlertType.CONFIRMATION, Messages.text("export.replace.header"),
                Messages.format("export.replace.question", earlier.path().getFileName(), what, earlier.path()),
                replace, ButtonType.CANCEL) == replace;
    }

    /** A project that is not ready is exported as a draft only when the user says so; a ready one is not asked. */
    private boolean confirmDraft() {
        Optional<String> question = DraftQuestion.of(report.get());
        if (question.isEmpty()) {
            return true;
        }
        ButtonType draft = new ButtonType(Messages.text("export.draft.button"), ButtonBar.ButtonData.OK_DONE);
        return alerts.ask(Alert.AlertType.CONFIRMATION, Messages.text("export.draft.header"),
                Messages.format("export.draft.question", question.get()), draft, ButtonType.CANCEL) == draft;
    }

    private void refuse(String why) {
        model.status().error(Messages.format("status.exportFailed", why));
        alerts.error(Messages.text("export.refused.header"), why);
    }
}
