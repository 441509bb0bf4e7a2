package io.offerkit.cli;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileException;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Project;
import io.offerkit.project.ProjectException;
import io.offerkit.project.ProjectFiles;
import java.nio.file.Path;

/** A project file read for a command, with its profile and rendered logos: what check and export both need. */
record LoadedProject(Profile profile, Project project, LogoSet logos) {
    /** As {@link #read(Path, String)}; a file it cannot read is said on {@code err} as "offerkit COMMAND: why", and null returned. */
    static LoadedProject readOrSay(String command, Path file, String profileId, java.io.PrintWriter err) {
        try {
            return read(file, profileId);
        } catch (ProjectException | ProfileException e) {
            err.println("offerkit " + command + ": " + e.getMessage());
            return null;
        }
    }

    static LoadedProject read(Path file) throws ProjectException, ProfileException {
        return read(file, null);
    }

    /**
     * As above, judged by the profile {@code profileId} instead of the project's own when not null: the project is
     * seen as another offer type, its file untouched.
     */
    static LoadedProject read(Path file, String profileId) throws ProjectException, ProfileException {
        Project project = ProjectFiles.read(file);
        Profile profile = ProfileRegistry.builtIn().get(profileId == null ? project.profileId() : profileId);
        return new LoadedProject(profile, project, LogoSetRenderer.render(profile, project.logo()));
    }
}
