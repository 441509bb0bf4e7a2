package io.offerkit.cli;

import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import java.nio.file.Path;
import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * The options every command that makes files from a profile takes (generate, screenshots): which profile, and the
 * folder the files go into. One class, so both read them with the same help and refuse them with the same words.
 */
final class ProfileAndOut {
    @Option(names = "--profile", paramLabel = "ID", defaultValue = ProfileRegistry.DEFAULT_PROFILE_ID,
            description = "Requirement profile (default: ${DEFAULT-VALUE}).")
    String profileId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    ProfileAndOut() {
    }

    /** The options as {@code generate}'s plain reading gives them, without picocli. */
    ProfileAndOut(String profileId, Path out) {
        this.profileId = profileId;
        this.out = out;
    }

    /** The built-in profile named by --profile; its exception's message is the one line to tell. */
    Profile profile() throws ProfileException {
        return ProfileRegistry.builtIn(profileId);
    }

    /** Equal when both options are: {@code CliTest} holds generate's plain reading to picocli's, field by field. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ProfileAndOut o && Objects.equals(profileId, o.profileId) && Objects.equals(out, o.out);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profileId, out);
    }

    @Override
    public String toString() {
        return "--profile " + profileId + " --out " + out;
    }
}
