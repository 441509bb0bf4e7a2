package io.offerkit.cli;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "profiles", description = "Lists the requirement profiles, their sources and slots.")
final class ProfilesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Profile p : ProfileRegistry.builtIn().all()) {
            out.printf("%s%s%n  %s%n  rules as of %s, verified %s%n  slots: %s%n", p.id(),
                    p.id().equals(ProfileRegistry.DEFAULT_PROFILE_ID) ? " (default)" : "", p.title(),
                    p.sourceDate().map(Object::toString).orElse("?"), p.verifiedOn(),
                    String.join(", ", p.imageSlots().stream().map(s -> s.id() + " " + s.sizeText()).toList()));
        }
        return OfferKitCommand.OK;
    }
}
