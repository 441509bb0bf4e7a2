package io.offerkit.bundle;

import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exports a project as a bundle: a ZIP when the target ends in {@code .zip}, a folder otherwise. A project with
 * failing or unconfirmed items is exported as a draft (the caller asks the user first); the mark is in
 * {@code offer.json} and {@code report.html}.
 */
public final class Exporter {
    private Exporter() {
    }

    public static Path export(Profile profile, Project project, LogoSet logos, String toolVersion, Path target,
                              ExportProgress progress) throws BundleException {
        return export(profile, project, logos, CheckEngine.evaluate(profile, project, logos), toolVersion, target, progress);
    }

    /** As above, with the checklist the caller already evaluated (it decides "draft" and goes into the report). */
    public static Path export(Profile profile, Project project, LogoSet logos, CheckReport report, String toolVersion,
                              Path target, ExportProgress progress) throws BundleException {
        BundleBuilder.Context context = new BundleBuilder.Context(profile, logos, report, toolVersion, !report.ready());
        Bundle bundle = BundleBuilder.build(project, context, progress);
        if (progress.cancelled()) {
            throw new BundleException("Export cancelled; nothing was written.");
        }
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (isZip(absolute)) {
                BundleWriter.writeZip(bundle, absolute);
            } else {
                BundleWriter.writeFolder(bundle, absolute);
            }
        } catch (IOException e) {
            throw new BundleException("Could not export to " + absolute + ": " + describe(e)
                    + ". Nothing was written; choose another place or free some space and try again.", e);
        }
        progress.step(1, 1, "Exported");
        return absolute;
    }

    public static boolean isZip(Path target) {
        return target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied for " + e.getMessage();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
