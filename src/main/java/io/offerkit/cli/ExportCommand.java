package io.offerkit.cli;

import io.offerkit.bundle.ExportProgress;
import io.offerkit.bundle.FolderExporter;
import io.offerkit.common.OfferKitException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Exports a project to a folder: logos/<slot-id>.png, description.html, "
        + "its sources and documents, and a project file that opens from there.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to export to (replaced as a whole).")
    private Path out;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() {
        try {
            LoadedProject loaded = LoadedProject.read(projectFile);
            Path written = FolderExporter.export(loaded.profile(), loaded.project(), loaded.logos(), out, ExportProgress.NONE);
            spec.commandLine().getOut().println(written);
            return OfferKitCommand.OK;
        } catch (OfferKitException e) {
            spec.commandLine().getErr().println("offerkit export: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
