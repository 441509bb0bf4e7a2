package io.offerkit.bundle;

import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.lint.LintSettings;
import java.nio.charset.StandardCharsets;

/**
 * The store preview of a project as an export would write it, without writing anything: the files are read once
 * and the bundle is built in memory ({@link Exporter#prepare}, {@link BundleBuilder#build}), so the app's window
 * shows byte for byte the {@code preview.html} that {@code offerkit export} puts into the bundle. Slow (it renders
 * every image): run it off the FX thread.
 */
public final class StorePreviewPage {
    private StorePreviewPage() {
    }

    /** The page in the system's theme; {@link StorePreviewHtml#withAppearance} forces light or dark. */
    public static String of(Profile profile, Project project, LintSettings lints, ExportProgress progress)
            throws BundleException {
        Exporter.Prepared prepared = Exporter.prepare(profile, project, lints);
        BundleBuilder.Context context = new BundleBuilder.Context(profile, prepared.logos(), prepared.report(),
                ToolVersion.get(), !prepared.report().ready(), prepared.files());
        Bundle bundle = BundleBuilder.build(project, context, progress);
        return new String(bundle.file(BundleLayout.PREVIEW_HTML), StandardCharsets.UTF_8);
    }
}
