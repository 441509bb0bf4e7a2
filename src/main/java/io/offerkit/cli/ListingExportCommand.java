package io.offerkit.cli;

import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.textfolder.TextFolderException;
import io.offerkit.project.textfolder.TextFolderExport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes every listing language's texts into DIR/<language>/. A file already there is written over only",
        "where it holds the same text; one with other text stops the export before anything is written."})
final class ListingExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The text folder to write.")
    private Path out;

    @Parameters(paramLabel = "PROJECT", description = "The .offerkit project file.")
    private Path projectFile;

    @Override
    public Integer call() {
        try {
            List<Path> written = TextFolderExport.write(ProjectFiles.read(projectFile), out);
            written.forEach(spec.commandLine().getOut()::println);
            return OfferKitCommand.OK;
        } catch (ProjectException | TextFolderException e) {
            spec.commandLine().getErr().println("offerkit listing export: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
