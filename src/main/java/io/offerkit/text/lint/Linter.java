package io.offerkit.text.lint;

import io.offerkit.project.Project;
import io.offerkit.text.RenderedDescription;
import java.util.ArrayList;
import java.util.List;

/** Runs every lint over a project's text at the levels the user chose. */
public final class Linter {
    private Linter() {
    }

    public static List<Lint> lints(LintSettings settings) {
        return List.of(
                new SummaryPlainTextLint(),
                new SummaryInDescriptionLint(),
                new LanguageOpeningLint(),
                new EmptyHeadingLint(),
                new UnbalancedTagsLint(),
                new PlaceholderTextLint(),
                new AppNameLint(),
                new InvisibleCharactersLint(),
                new HtmlBlockMarkdownLint(),
                new WordRulesLint(settings.flaggedWords(), settings.allowedWords()));
    }

    public static List<LintFinding> run(Project project, RenderedDescription description, LintSettings settings) {
        LintInput input = new LintInput(project, description);
        List<LintFinding> findings = new ArrayList<>();
        for (Lint lint : lints(settings)) {
            LintLevel level = settings.levels().getOrDefault(lint.id(), lint.defaultLevel());
            if (level == LintLevel.OFF) {
                continue;
            }
            for (Lint.Problem problem : lint.check(input)) {
                findings.add(new LintFinding(lint.id(), level, problem.field(), problem.message(), lint.source(),
                        problem.offset()));
            }
        }
        return findings;
    }
}
