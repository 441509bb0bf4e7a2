package io.offerkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "listing", description = {
        "The listings per language as a text folder for translators: DIR/<language>/<field> in UTF-8",
        "(name.txt, summary.txt, description.md or description.html, keywords.txt one a line,",
        "screenshots.txt the captions one a line in order, videos.txt the video names)."},
        subcommands = {ListingExportCommand.class, ListingImportCommand.class})
final class ListingCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: listing export or listing import.");
    }
}
