package io.offerkit.cli;

import io.offerkit.common.OfferKitException;
import io.offerkit.common.Reasons;
import io.offerkit.demo.DemoProject;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", description = "Writes the demo project (a .offerkit file and its logo, documents and media) into a folder,"
        + " made for any offer type.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the demo into (new, or without files of the demo's names).")
    private Path out;

    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileRegistry.DEFAULT_PROFILE_ID,
            description = "The offer type to make the demo for, as `offerkit profiles` lists them (default: ${DEFAULT-VALUE}).")
    private String profileId;

    @Override
    public Integer call() {
        Profile profile;
        try {
            profile = ProfileRegistry.builtIn(profileId);
        } catch (ProfileException e) {
            spec.commandLine().getErr().println("offerkit demo: " + e.getMessage());
            return OfferKitCommand.BAD_INPUT;
        }
        // The demo's files have plain names (logo.png...): one of the user's by that name is never overwritten.
        for (String name : DemoProject.FILES) {
            Path existing = out.resolve(name);
            if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                spec.commandLine().getErr().println("offerkit demo: " + existing + " already exists; nothing was"
                        + " written. Choose an empty or a new folder.");
                return OfferKitCommand.BAD_INPUT;
            }
        }
        try {
            Path file = DemoProject.write(out, profile);
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
