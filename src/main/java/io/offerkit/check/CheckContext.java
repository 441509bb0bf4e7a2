package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;

/** What the rules look at: the profile, the project, its rendered logos and its rendered description. */
public record CheckContext(Profile profile, Project project, LogoSet logos, RenderedDescription description) {

    /** Renders the description here, since every description rule needs it. */
    public static CheckContext of(Profile profile, Project project, LogoSet logos) {
        RenderedDescription description = profile.textField("description")
                .map(spec -> DescriptionRenderer.render(project.description(), spec))
                .orElse(null);
        return new CheckContext(profile, project, logos == null ? LogoSet.empty() : logos, description);
    }
}
