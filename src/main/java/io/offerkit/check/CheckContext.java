package io.offerkit.check;

import io.offerkit.imaging.LogoSet;
import io.offerkit.profile.Profile;
import io.offerkit.project.Project;
import io.offerkit.project.SourceFiles;
import io.offerkit.text.DescriptionRenderer;
import io.offerkit.text.RenderedDescription;
import io.offerkit.text.lint.LintFinding;
import io.offerkit.text.lint.LintSettings;
import java.util.List;

/**
 * What the rules look at: the profile, the project, its rendered logos and its rendered description, the files
 * the project names as an export read them ({@code files}; null: the rules read the files from disk themselves), and
 * the text lints' findings at the user's levels ({@code findings}), which the text fields' items take in, and the
 * sizes of the screenshots' captures and the videos' thumbnails ({@code mediaFacts}; null: read from disk).
 */
public record CheckContext(Profile profile, Project project, LogoSet logos, RenderedDescription description,
                           SourceFiles files, List<LintFinding> findings, MediaFacts mediaFacts) {

    public CheckContext {
        findings = findings == null ? List.of() : List.copyOf(findings);
        mediaFacts = mediaFacts == null ? MediaFacts.fromDisk() : mediaFacts;
    }

    /** Renders the description here, since every description rule needs it. */
    public static CheckContext of(Profile profile, Project project, LogoSet logos) {
        return of(profile, project, logos, null, LintSettings.defaults());
    }

    /**
     * As above, the document rules inspecting the bytes in {@code files} (an export's one read of each file), the
     * lints run at the levels of {@code lints}.
     */
    public static CheckContext of(Profile profile, Project project, LogoSet logos, SourceFiles files, LintSettings lints) {
        return of(profile, project, logos, files, lints, null);
    }

    /** As above, the media rules judging the captures by {@code media} (null: read from disk). */
    public static CheckContext of(Profile profile, Project project, LogoSet logos, SourceFiles files, LintSettings lints,
                                  MediaFacts media) {
        RenderedDescription description = profile.textField("description")
                .map(spec -> DescriptionRenderer.render(project.description(), spec))
                .orElse(null);
        List<LintFinding> findings = TextFindings.of(profile, project, description, lints);
        return new CheckContext(profile, project, logos == null ? LogoSet.empty() : logos, description, files, findings,
                media);
    }
}
