package io.offerkit.ui.shell;

import io.offerkit.profile.Profile;
import io.offerkit.project.textfolder.TextFolderException;
import io.offerkit.project.textfolder.TextFolderExport;
import io.offerkit.project.textfolder.TextFolderImport;
import io.offerkit.ui.fx.Choosers;
import io.offerkit.ui.fx.Messages;
import io.offerkit.ui.session.ProjectSession;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * File > Export Texts for Translation… and Import Translated Texts…: the command line's {@code listing export} and
 * {@code listing import} over the open project. An import is one undo step; a refusal changes nothing and is said
 * whole. The folder holds a few small text files, read and written in a moment, so no background work is needed.
 */
final class TextFolderCommands {
    private final ShellViewModel model;
    private final Alerts alerts;
    private final Consumer<String> refuse;

    /** {@code refuse}: says why a folder was refused (a dialog in the window, a list in a test). */
    TextFolderCommands(ShellViewModel model, Alerts alerts, Consumer<String> refuse) {
        this.model = model;
        this.alerts = alerts;
        this.refuse = refuse;
    }

    ShellViewModel model() {
        return model;
    }

    void exportWithChooser() {
        File dir = Choosers.folder(Messages.text("texts.export.title"), alerts.owner());
        if (dir != null) {
            exportTo(dir.toPath());
        }
    }

    void importWithChooser() {
        File dir = Choosers.folder(Messages.text("texts.import.title"), alerts.owner());
        if (dir != null) {
            importFrom(dir.toPath());
        }
    }

    /** Writes the open project's listings (as they are now, saved or not) into {@code dir}; false when refused. */
    boolean exportTo(Path dir) {
        try {
            List<Path> written = TextFolderExport.write(model.session().project(), dir);
            model.status().info(Messages.format("texts.export.done", written.size(), dir));
            return true;
        } catch (TextFolderException e) {
            refused(e.getMessage());
            return false;
        }
    }

    /** Reads {@code dir} into the open project as one undo step; false when refused (the project unchanged). */
    boolean importFrom(Path dir) {
        ProjectSession session = model.session();
        Profile profile = session.profile();
        try {
            TextFolderImport.Result result = TextFolderImport.apply(session.project(), dir,
                    profile.listingLanguageLimit(), profile.title());
            if (!result.changed()) {
                model.status().info(Messages.text("texts.import.unchanged"));
                return true;
            }
            session.update(p -> result.project());
            model.status().info(Messages.format("texts.import.done", String.join("; ", result.changes())));
            return true;
        } catch (TextFolderException e) {
            refused(e.getMessage());
            return false;
        }
    }

    private void refused(String why) {
        model.status().error(why);
        refuse.accept(why);
    }
}
