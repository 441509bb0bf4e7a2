package io.offerkit.cli;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.Exporter;
import io.offerkit.check.CheckEngine;
import io.offerkit.check.CheckReport;
import io.offerkit.bundle.ToolVersion;
import io.offerkit.common.OfferKitException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Exports a project as a bundle: a ZIP when --out ends in .zip, a folder otherwise.",
        "logos/, description/, legal/, documents/, offer.json (checksums), report.html and the project file.",
        "A project with failing or unconfirmed items is exported as a draft (marked in offer.json and report.html)."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "FILE.zip or a folder (an existing export there is replaced as a whole).")
    private Path out;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() {
        try {
            LoadedProject loaded = LoadedProject.read(projectFile);
            CheckReport report = CheckEngine.evaluate(loaded.profile(), loaded.project(), loaded.logos());
            Path written = Exporter.export(loaded.profile(), loaded.project(), loaded.logos(), report, ToolVersion.get(), out,
                    ExportProgress.NONE);
            spec.commandLine().getOut().println(written);
            if (!report.ready()) {
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
