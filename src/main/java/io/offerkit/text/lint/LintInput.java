package io.offerkit.text.lint;

import io.offerkit.project.Project;
import io.offerkit.text.RenderedDescription;

/** What the lints read: the project's text fields and the description as rendered for the marketplace. */
public record LintInput(Project project, RenderedDescription description) {
}
