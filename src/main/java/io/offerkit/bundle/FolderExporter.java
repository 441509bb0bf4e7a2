package io.offerkit.bundle;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import java.nio.file.Path;

/** Exports to a folder (the app's "Export to Folder…"): the bundle layout, written all or nothing. */
public final class FolderExporter {
    private FolderExporter() {
    }

    public static Path export(Profile profile, Project project, LogoSet logos, Path target, ExportProgress progress)
            throws BundleException {
        return export(profile, project, logos, target, false, progress);
    }

    public static Path export(Profile profile, Project project, LogoSet logos, Path target, boolean replace,
                              ExportProgress progress) throws BundleException {
        if (Exporter.isZip(target)) {
            throw new BundleException(target.getFileName() + " names a ZIP file; choose a folder.");
        }
        return Exporter.export(profile, project, logos, ToolVersion.get(), target, replace, progress);
    }
}
