package io.offerkit.cli;

import io.offerkit.common.OfferKitException;
import io.offerkit.common.Reasons;
import io.offerkit.demo.DemoProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Writes the demo project (a .offerkit file and its logo and documents) into a folder.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the demo into.")
    private Path out;

    @Override
    public Integer call() {
        try {
            Path file = DemoProject.write(out);
            spec.commandLine().getOut().println(file);
            return OfferKitCommand.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("offerkit demo: could not write the demo into " + out + ": " + Reasons.of(e));
            return OfferKitCommand.BAD_INPUT;
        } catch (OfferKitException e) {
            spec.commandLine().getErr().println("offerkit demo: could not write the demo into " + out + ": " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
