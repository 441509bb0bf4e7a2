package io.offerkit.cli;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import io.offerkit.project.textfolder.TextFolderException;
import io.offerkit.project.textfolder.TextFolderImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = {
        "Reads a text folder back into the project and saves it atomically. A folder of a new language adds its",
        "listing where the offer type takes more languages. Any problem (a folder that is no language tag, a file",
        "that is not UTF-8 or UTF-16 text with its byte-order mark, one over its field's size, an unknown file)",
        "is one line, exit 2, and nothing is imported. A folder that changes nothing leaves the file as it was."})
final class ListingImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The text folder, as listing export writes it.")
    private Path dir;

    @Parameters(index = "1", paramLabel = "PROJECT", description = "The .offerkit project file to update.")
    private Path projectFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ProjectFiles.Opened opened = ProjectFiles.open(projectFile);
            Profile profile = ProfileRegistry.builtIn().get(opened.project().profileId());
            TextFolderImport.Result result = TextFolderImport.apply(opened.project(), dir,
                    profile.listingLanguageLimit(), profile.title());
            if (!result.changed()) {
                out.println("Nothing changed; " + projectFile + " was left as it was.");
                return OfferKitCommand.OK;
            }
            ProjectFiles.write(result.project(), projectFile, opened.stamp());
            result.changes().forEach(out::println);
            return OfferKitCommand.OK;
        } catch (ProjectException | ProfileException | TextFolderException e) {
            spec.commandLine().getErr().println("offerkit listing import: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
