package io.offerkit.cli;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.ExportTarget;
import io.offerkit.bundle.Exporter;
import io.offerkit.bundle.ToolVersion;
import io.offerkit.common.OfferKitException;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectFiles;
import io.offerkit.text.lint.LintSettings;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Exports a project as a bundle: a ZIP when --out ends in .zip, a folder otherwise.",
        "logos/, screenshots/, videos/ (thumbnails), description/, legal/, documents/, offer.json (checksums), report.html",
        "and the project file.",
        "A project with failing or unconfirmed items is exported as a draft (marked in offer.json and report.html)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = {"FILE.zip or a folder: new, empty, or an "
            + "earlier export (with --replace). A folder or file holding anything else is refused; nothing is touched."})
    private Path out;

    @Option(names = "--replace", description = "Replace an earlier OfferKit export at --out, as a whole and in one step.")
    private boolean replace;

    @Mixin
    private LintSettingsOption lintSettings;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() {
        try {
            // Before reading anything: a taken place is refused at once, and nothing there is touched.
            ExportTarget target = ExportTarget.of(out).check(true);
            if (target.state() == ExportTarget.State.EARLIER_EXPORT && !replace) {
                spec.commandLine().getErr().println("offerkit export: " + target.refusal() + " Pass --replace to replace it.");
                return OfferKitCommand.BAD_INPUT;
            }
            Project project = ProjectFiles.read(projectFile);
            Profile profile = ProfileRegistry.builtIn().get(project.profileId());
            // One read of each logo and document: the logos, the checklist and the copied files agree byte for byte.
            LintSettings lints = lintSettings.read();
            if (lints == null) {
                spec.commandLine().getErr().println("offerkit export: " + lintSettings.missing());
                return OfferKitCommand.BAD_INPUT;
            }
            Exporter.Prepared prepared = Exporter.prepare(profile, project, lints);
            Path written = Exporter.export(project, prepared, ToolVersion.get(), out, replace, ExportProgress.NONE);
            spec.commandLine().getOut().println(written);
            if (!prepared.report().ready()) {
                spec.commandLine().getErr().println("offerkit export: exported as a DRAFT: some items fail or await "
                        + "confirmation (run `offerkit check` to see them).");
            }
            return OfferKitCommand.OK;
        } catch (OfferKitException e) {
            spec.commandLine().getErr().println("offerkit export: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
