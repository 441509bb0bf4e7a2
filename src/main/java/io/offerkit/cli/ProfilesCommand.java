package io.offerkit.cli;

import io.offerkit.common.ByteSizes;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "profiles", description = "Lists the requirement profiles, their sources, slots and media.")
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
            if (!p.media().isEmpty()) {
                out.printf("  media: %s%n", String.join(", ", p.media().stream().map(ProfilesCommand::describe).toList()));
            }
        }
        return OfferKitCommand.OK;
    }

    /** "screenshots 1-5 PNG 1280x720, captioned": a media group in one line. */
    private static String describe(MediaGroup m) {
        return m.id() + " " + m.countText() + " " + String.join("/", m.formats()).toUpperCase(Locale.ROOT) + " "
                + m.sizeText() + (m.maxBytes() == null ? "" : " <= " + ByteSizes.wholeKilobytes(m.maxBytes()))
                + (m.kind() == MediaKind.VIDEO ? " thumbnails, on " + String.join(" or ", m.hosts())
                        : m.captionRequired() ? ", captioned" : "");
    }
}
