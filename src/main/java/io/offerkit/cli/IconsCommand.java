package io.offerkit.cli;

import io.offerkit.common.Reasons;
import io.offerkit.imaging.IconSet;
import io.offerkit.imaging.source.ImagingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Regenerates the application icons from the SVG master (a maintainer's command, so it is hidden from help). */
@Command(name = "icons", hidden = true, description = "Renders the icon set (PNG 16-1024, .ico, .icns) from an SVG master.")
final class IconsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", defaultValue = "icons", paramLabel = "DIR", description = "Icons folder (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Parameters(defaultValue = "icons/offerkit.svg", paramLabel = "SVG", description = "The master (default: ${DEFAULT-VALUE}).")
    private Path master;

    @Override
    public Integer call() {
        try {
            IconSet.write(master, out);
            spec.commandLine().getOut().println("Icons written to " + out);
            return OfferKitCommand.OK;
        } catch (ImagingException e) {
            spec.commandLine().getErr().println("offerkit icons: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        } catch (IOException e) {
            spec.commandLine().getErr().println("offerkit icons: could not write the icons into " + out + ": " + Reasons.of(e));
            return OfferKitCommand.BAD_INPUT;
        }
    }
}
