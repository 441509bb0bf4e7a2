package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;

/**
 * What the rules look at: the profile, the project, its rendered logos and its rendered description, and the files
 * the project names as an export read them ({@code files}; null: the rules read the files from disk themselves).
 */
public record CheckContext(Profile profile, Project project, LogoSet logos, RenderedDescription description,
                           SourceFiles files) {

    /** Renders the description here, since every description rule needs it. */
    public static CheckContext of(Profile profile, Project project, LogoSet logos) {
        return of(profile, project, logos, null);
    }

    /** As above, the document rules inspecting the bytes in {@code files} (an export's one read of each file). */
    public static CheckContext of(Profile profile, Project project, LogoSet logos, SourceFiles files) {
        RenderedDescription description = profile.textField("description")
                .map(spec -> DescriptionRenderer.render(project.description(), spec))
                .orElse(null);
        return new CheckContext(profile, project, logos == null ? LogoSet.empty() : logos, description, files);
    }
}
